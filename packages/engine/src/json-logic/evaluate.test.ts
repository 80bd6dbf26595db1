import { describe, expect, it } from "vitest";
import { evaluate as evaluateCompiled } from "./compile";
import { JsonLogicError } from "./errors";
import { evaluateInterpreted } from "./evaluate";

describe.each([
  ["compiled", evaluateCompiled],
  ["interpreted", evaluateInterpreted],
])("evaluate (%s)", (_name, evaluate) => {
  it("rejects unknown operators", () => {
    expect(() => evaluate({ nope: [1] }, null)).toThrow(JsonLogicError);
    try {
      evaluate({ nope: [1] }, null);
    } catch (error) {
      expect((error as JsonLogicError).type).toBe("Unknown Operator");
    }
  });

  it("accepts custom operators in the same table", () => {
    const twice = (raw: unknown, ev: { run(rule: unknown): unknown }) => Number(ev.run(raw)) * 2;
    expect(evaluate({ twice: { var: "n" } }, { n: 21 }, { twice })).toBe(42);
  });

  it("does not evaluate rules written as plain data in the answers", () => {
    expect(evaluate({ var: "x" }, { x: { throw: "boom" } })).toEqual({ throw: "boom" });
  });
});
