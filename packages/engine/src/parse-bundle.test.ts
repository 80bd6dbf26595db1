import { describe, expect, it } from "vitest";
import type { BundleInput } from "./bundle";
import { EngineError } from "./errors";
import { parseBundle } from "./parse-bundle";

const minimal: BundleInput = {
  schemaVersion: 1,
  flow: { key: "test", kind: "jumin-idou", title: "テスト", referenceDate: { var: "moveDate" } },
  departments: [{ key: "shimin", name: "市民課", counter: "1階 1番" }],
  questions: [{ id: "q1", key: "moveDate", kind: "date", label: "異動日" }],
  procedures: [{ key: "P01", title: "住民異動届", departmentKey: "shimin", rule: true }],
  forms: [],
};

function errorOf(fn: () => unknown): EngineError {
  try {
    fn();
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
  throw new Error("did not throw");
}

describe("parseBundle", () => {
  it("fills defaults on a valid bundle", () => {
    const b = parseBundle(minimal);
    expect(b.questions[0]?.required).toBe(true);
    expect(b.procedures[0]?.forms).toEqual([]);
    expect(b.tests).toEqual([]);
  });

  it("names the JSON path of a missing field", () => {
    const broken = structuredClone(minimal) as Record<string, unknown>;
    const procedures = broken.procedures as Record<string, unknown>[];
    procedures.push({ key: "P02", title: "x", departmentKey: "shimin", rule: true });
    procedures.push({ key: "P03", title: "x", departmentKey: "shimin", rule: true });
    procedures.push({ key: "P04", title: "x", rule: true });
    const error = errorOf(() => parseBundle(broken));
    expect(error.code).toBe("BUNDLE_INVALID");
    expect(error.message).toContain("procedures[3].departmentKey: 必須です");
  });

  it("explains wrong values in Japanese", () => {
    const broken = { ...minimal, flow: { ...minimal.flow, kind: "tenkyo" } };
    expect(errorOf(() => parseBundle(broken)).message).toContain("flow.kind: 次のいずれかを指定してください");
    const badKey = { ...minimal, questions: [{ id: "q", key: "1x", kind: "text", label: "x" }] };
    expect(errorOf(() => parseBundle(badKey)).message).toContain("questions[0].key: 形式が正しくありません");
  });

  it("rejects unknown schema versions", () => {
    expect(errorOf(() => parseBundle({ ...minimal, schemaVersion: 9 })).code).toBe(
      "BUNDLE_VERSION_UNSUPPORTED",
    );
    expect(errorOf(() => parseBundle("nope")).code).toBe("BUNDLE_INVALID");
  });
});
