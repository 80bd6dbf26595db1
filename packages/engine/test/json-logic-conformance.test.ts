import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluate } from "../src/json-logic/compile";
import { JsonLogicError } from "../src/json-logic/errors";
import { evaluateInterpreted } from "../src/json-logic/evaluate";

const suiteDir = join(dirname(fileURLToPath(import.meta.url)), "conformance/json-logic");

interface Case {
  description?: string;
  rule: unknown;
  data?: unknown;
  result?: unknown;
  error?: { type: string };
}

function loadCases(): { file: string; c: Case }[] {
  const files = JSON.parse(readFileSync(join(suiteDir, "index.json"), "utf8")) as string[];
  return files.flatMap((file) => {
    const entries = JSON.parse(readFileSync(join(suiteDir, file), "utf8")) as unknown[];
    return entries.filter((e): e is Case => typeof e === "object" && e !== null).map((c) => ({ file, c }));
  });
}

type Evaluate = (rule: unknown, data: unknown) => unknown;

function passes(c: Case, evaluate: Evaluate): boolean {
  try {
    const result = evaluate(c.rule, c.data ?? null);
    if (c.error) return false;
    expect(result).toEqual(c.result);
    return true;
  } catch (error) {
    return c.error !== undefined && error instanceof JsonLogicError && error.type === c.error.type;
  }
}

describe("JSON Logic conformance suite", () => {
  it.each([
    ["compiled", evaluate],
    ["interpreted", evaluateInterpreted],
  ] as [string, Evaluate][])("passes every case (%s)", (name, evaluate) => {
    const cases = loadCases();
    const failures = cases.filter(({ c }) => !passes(c, evaluate));
    const passed = cases.length - failures.length;
    console.log(`JSON Logic conformance (${name}): ${passed}/${cases.length}`);
    for (const { file, c } of failures.slice(0, 40)) {
      console.log(`FAIL ${file}: ${c.description ?? ""} ${JSON.stringify(c.rule)}`);
    }
    expect(cases.length).toBe(1138);
    expect(passed).toBe(1138);
  });
});
