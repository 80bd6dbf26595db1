import fc from "fast-check";
import { describe, expect, it } from "vitest";
import juminIdouJson from "../test/fixtures/jumin-idou.json";
import okuyamiJson from "../test/fixtures/okuyami.json";
import {
  ENGINE_OPERATORS,
  member,
  ruleArbitrary,
  ruleData,
  STANDARD_OPERATORS,
  scalar,
} from "../test/rule-arbitraries";
import { evaluate, evaluateInterpreted } from "./evaluate";
import { evalArgs } from "./json-logic/args";
import { JsonLogicError } from "./json-logic/errors";
import type { Evaluation, OperatorTable } from "./json-logic/evaluate";

/** What an evaluation gave: a value, a rule error (type, message and payload), or a crash. */
function outcome(run: () => unknown): unknown {
  try {
    return { value: run() };
  } catch (error) {
    if (error instanceof JsonLogicError) {
      return { error: error.type, message: error.message, payload: error.payload };
    }
    return { crash: String(error) };
  }
}

/** Compiled and interpreted agree on both data; the second compiled call reuses the cached closures. */
function expectSame(rule: unknown, first: unknown, second: unknown, ops?: OperatorTable): boolean {
  const results = [first, second].map((data) => {
    const compiled = outcome(() => evaluate(rule, data, ops));
    expect(compiled).toStrictEqual(outcome(() => evaluateInterpreted(rule, data, ops)));
    return compiled;
  });
  return results.some((r) => r !== null && typeof r === "object" && "value" in r);
}

/** Operator names a rule uses (objects with one key), for the coverage check. */
function operatorsOf(rule: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(rule)) for (const item of rule) operatorsOf(item, into);
  else if (rule !== null && typeof rule === "object") {
    const keys = Object.keys(rule);
    if (keys.length === 1 && keys[0] !== undefined) into.add(keys[0]);
    for (const value of Object.values(rule)) operatorsOf(value, into);
  }
  return into;
}

describe("the compiled evaluator gives what the interpreter gives", () => {
  it("on generated rules over every operator, values and errors alike", () => {
    let runs = 0;
    let valued = 0;
    const usedInValued = new Set<string>();
    fc.assert(
      fc.property(ruleArbitrary(), ruleData, ruleData, (rule, first, second) => {
        runs += 1;
        if (expectSame(rule, first, second)) {
          valued += 1;
          for (const name of operatorsOf(rule)) usedInValued.add(name);
        }
      }),
      { numRuns: 3000 },
    );
    // Not vacuous: most rules evaluate to a value, and every operator was seen doing so.
    expect(valued / runs).toBeGreaterThan(0.5);
    const unused = [...STANDARD_OPERATORS, ...ENGINE_OPERATORS].filter((name) => !usedInValued.has(name));
    expect(unused).toEqual([]);
  });

  it("with operators of a caller's table: interpreted-only ones see the same scopes, overrides win", () => {
    const ops: OperatorTable = {
      // Interpreted inside compiled code: they get the interpreter's Evaluation of the same scopes.
      depth: (_raw: unknown, ev: Evaluation) => ev.stack.length,
      twice: (raw: unknown, ev: Evaluation) => {
        const value = ev.run(raw);
        return typeof value === "number" ? value * 2 : value;
      },
      outer: (raw: unknown, ev: Evaluation) => ev.runWith(raw, { index: -1 }, ev.stack[0]),
      // Overrides of a standard and an engine operator must replace the compiled ones.
      cat: (raw: unknown, ev: Evaluation) => JSON.stringify(evalArgs(raw, ev)),
      ageLegal: () => "overridden",
    };
    fc.assert(
      fc.property(ruleArbitrary(["depth", "twice", "outer"]), ruleData, ruleData, (rule, first, second) => {
        expectSame(rule, first, second, ops);
      }),
      { numRuns: 1500 },
    );
    const inMap = { map: [{ var: "list" }, { depth: [] }] };
    expect(evaluate(inMap, { list: [1, 2] }, ops)).toEqual([3, 3]);
    expect(evaluate({ cat: ["a", 1] }, null, ops)).toBe('["a",1]');
  });

  it("on the demo city's rules with answers shaped like theirs", () => {
    const rules = demoRules();
    expect(rules.length).toBeGreaterThan(80);
    fc.assert(
      fc.property(demoData(rules), demoData(rules), (first, second) => {
        for (const rule of rules) expectSame(rule, first, second);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the compiled evaluator", () => {
  it("reads the data of each call, not of the first (determine swaps the member into one scope)", () => {
    const rule = { ">=": [{ ageLegal: [{ var: "member.birthDate" }, { var: "on" }] }, 65] };
    const scope: Record<string, unknown> = { on: "2025-04-01", member: { birthDate: "1950-01-01" } };
    expect(evaluate(rule, scope)).toBe(true);
    scope.member = { birthDate: "2000-01-01" };
    expect(evaluate(rule, scope)).toBe(false);
  });

  it("fails only when a broken part runs, as the interpreter does", () => {
    expect(evaluate({ if: [true, 1, { nope: [1] }] }, null)).toBe(1);
    expect(evaluate({ or: [true, { if: 5 }] }, null)).toBe(true);
    expect(() => evaluate({ or: [false, { if: 5 }] }, null)).toThrow(JsonLogicError);
    expect(evaluate({ try: [{ map: [null, 1] }, { val: "type" }] }, null)).toBe("Invalid Arguments");
  });

  it("returns a fresh array each time, as the interpreter does (callers may keep or change it)", () => {
    const rule = [[1], "a"];
    const first = evaluate(rule, null) as unknown[];
    const second = evaluate(rule, null) as unknown[];
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(second[0]).not.toBe(first[0]);
  });

  it("treats lists with holes (only code makes them) as the interpreter does", () => {
    // biome-ignore lint/suspicious/noSparseArray: the holes are the point
    const data = { xs: [1, , 3, ,], ys: [[, 2], 4] };
    const rules = [
      { map: [{ var: "xs" }, { "+": [{ var: "" }, 1] }] },
      { filter: [{ var: "xs" }, true] },
      { reduce: [{ var: "xs" }, { "+": [{ var: "current" }, { var: "accumulator" }] }] },
      { all: [{ var: "xs" }, { var: "" }] },
      { none: [{ var: "xs" }, { "!": { var: "" } }] },
      { merge: [{ var: "ys" }, { var: "xs" }] },
    ];
    for (const rule of rules) expect(evaluate(rule, data)).toStrictEqual(evaluateInterpreted(rule, data));
    // merge is written out (no flatMap) in both: it must still skip holes as flatMap does.
    expect(evaluate({ merge: [{ var: "ys" }, { var: "xs" }] }, data)).toStrictEqual(
      [data.ys, data.xs].flat(),
    );
  });

  it("climbs scopes out of nested iterators", () => {
    const rule = {
      map: [{ var: "xs" }, { map: [{ var: "" }, [{ val: [[1], "index"] }, { val: [[4], "k"] }]] }],
    };
    expect(evaluate(rule, { k: "K", xs: [[1], [2, 3]] })).toEqual([
      [[0, "K"]],
      [
        [0, "K"],
        [1, "K"],
      ],
    ]);
    expect(evaluateInterpreted(rule, { k: "K", xs: [[1], [2, 3]] })).toEqual(
      evaluate(rule, { k: "K", xs: [[1], [2, 3]] }),
    );
  });
});

/** Every rule the demo bundles hold: conditions, member rules, computed values, print expressions. */
function demoRules(): unknown[] {
  const keys = new Set([
    "rule",
    "memberRule",
    "when",
    "visibleIf",
    "requiredIf",
    "expr",
    "referenceDate",
    "persons",
  ]);
  const rules: unknown[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) for (const item of node) walk(item);
    else if (node !== null && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (keys.has(key) && value !== undefined) rules.push(value);
        else walk(value);
      }
    }
  };
  walk([juminIdouJson, okuyamiJson]);
  return rules;
}

/**
 * Answers for the demo rules: every path their `var`s read, filled with the strings the rules
 * compare against, dates, numbers and booleans; `members` and `member` as household members.
 */
function demoData(rules: unknown[]): fc.Arbitrary<unknown> {
  const paths = new Set<string>();
  const strings = new Set<string>();
  const walk = (node: unknown): void => {
    if (typeof node === "string") strings.add(node);
    if (Array.isArray(node)) for (const item of node) walk(item);
    else if (node !== null && typeof node === "object") {
      const { var: path } = node as { var?: unknown };
      if (typeof path === "string") paths.add(path);
      for (const value of Object.values(node)) walk(value);
    }
  };
  walk(rules);
  const leaf = fc.oneof(fc.constantFrom(...strings), scalar);
  const fields = [...paths].flatMap((p) => p.split(".").slice(-1));
  const person = fc
    .tuple(member, fc.dictionary(fc.constantFrom(...fields), leaf, { maxKeys: 8 }))
    .map(([m, more]) => ({ ...more, ...m }));
  const entries: Record<string, fc.Arbitrary<unknown>> = {};
  for (const p of paths) entries[p] = leaf;
  return fc
    .tuple(fc.record(entries, { requiredKeys: [] }), fc.array(person, { maxLength: 6 }), person)
    .map(([flat, members, one]) => {
      const data: Record<string, unknown> = {};
      for (const [p, value] of Object.entries(flat)) setPath(data, p.split("."), value);
      return { ...data, members, member: one, memberIndex: 0 };
    });
}

function setPath(target: Record<string, unknown>, [head, ...rest]: string[], value: unknown): void {
  if (head === undefined) return;
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  const next = target[head];
  const child = next !== null && typeof next === "object" ? (next as Record<string, unknown>) : {};
  target[head] = child;
  setPath(child, rest, value);
}
