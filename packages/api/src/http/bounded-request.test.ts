import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonDepth, jsonInputProblem, readBody, requestLimits } from "./bounded-request";

function depthOf(value: unknown): number {
  if (value === null || typeof value !== "object") return 0;
  return 1 + Math.max(0, ...Object.values(value).map(depthOf));
}

describe("bounded requests", () => {
  it("counts JSON nesting on the text, brackets inside strings and escapes included", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        expect(jsonDepth(JSON.stringify(value))).toBe(depthOf(value));
      }),
    );
    expect(jsonDepth('["[[[\\"[[", {"a":"}}}"}]')).toBe(2);
  });

  it("passes what the tRPC client sends and refuses the rest with a reason", () => {
    expect(jsonInputProblem('{"json":{"path":"moveDate","value":"2025-04-01"}}', false)).toBeNull();
    expect(jsonInputProblem('{"0":{"json":{"a":1}},"1":{"json":null}}', true)).toBeNull();
    expect(jsonInputProblem('{"json":"𠮷野 😀"}', false)).toBeNull();
    expect(jsonInputProblem("{", false)?.status).toBe(400);
    expect(jsonInputProblem('{"json":"\\u0000"}', false)?.status).toBe(400);
    expect(jsonInputProblem('{"json":"\\udc00"}', false)?.status).toBe(400);
    expect(jsonInputProblem('{"\\ud800":1}', false)?.status).toBe(400);
    expect(jsonInputProblem("null", false)?.status).toBe(400);
    const deep = `{"json":${"[".repeat(requestLimits.jsonDepth)}${"]".repeat(requestLimits.jsonDepth)}}`;
    expect(jsonInputProblem(deep, false)?.message).toContain("入れ子が深すぎます");
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.json()), fc.boolean(), (text, batch) => {
        const problem = jsonInputProblem(text, batch);
        if (problem) expect(problem.status).toBeLessThan(500);
      }),
    );
  });

  it("reads a body up to its limit and no further", async () => {
    const body = (text: string) => new Request("http://x/", { method: "POST", body: text });
    expect(await readBody(body("é".repeat(10)), 20)).toEqual({ text: "é".repeat(10) });
    expect(await readBody(body("é".repeat(11)), 20)).toMatchObject({ problem: { status: 413 } });
  });
});
