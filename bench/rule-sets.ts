import { composeDemoBundle, demoBundleFlows } from "@kakanai/demo-city";
import {
  type Answers,
  type Bundle,
  effectiveAnswers,
  flowPersons,
  memberData,
  parseBundle,
  type Rule,
  ruleContext,
} from "@kakanai/engine";
import type { Pair } from "./rule-evaluators";

/** A named list of (rule, data) pairs, every evaluator measured on the same list. */
export interface RuleSet {
  name: string;
  pairs: Pair[];
}

/**
 * Every rule of the four demo bundles with the data the engine gives it, for each flow test's
 * answers (the city's own test households): household rules see the effective answers and computed
 * values, per-member rules and item questions see each person in turn.
 */
export function demoRuleSet(): RuleSet {
  const pairs: Pair[] = [];
  for (const flow of demoBundleFlows) {
    const bundle = parseBundle(composeDemoBundle(flow));
    for (const test of bundle.tests) pairs.push(...bundlePairs(bundle, test.answers as Answers));
  }
  return { name: "demo city: every rule of the 4 flows × their flow-test answers", pairs };
}

function bundlePairs(bundle: Bundle, answers: Answers): Pair[] {
  const { context } = effectiveAnswers(bundle, answers);
  const household = householdRules(bundle);
  const perMember = memberRules(bundle);
  const pairs: Pair[] = household.map((rule) => [rule, context.data] as const);
  pairs.push([bundle.flow.referenceDate, answers]);
  flowPersons(bundle, context.data).items.forEach((member, i) => {
    const data = memberData(context, member, i);
    for (const rule of perMember) pairs.push([rule, data]);
  });
  return pairs;
}

function householdRules(bundle: Bundle): Rule[] {
  const rules: (Rule | undefined)[] = [
    ...bundle.questions.flatMap((q) => [q.visibleIf, q.requiredIf]),
    ...bundle.computed.map((c) => c.expr),
    ...bundle.procedures.flatMap((p) => [
      p.rule,
      ...(p.conditionalItems ?? []).map((c) => c.when),
      ...(p.conditionalDeadlines ?? []).map((d) => d.when),
      ...p.forms.map((f) => f.when),
    ]),
  ];
  return rules.filter((rule) => rule !== undefined);
}

function memberRules(bundle: Bundle): Rule[] {
  const rules: (Rule | undefined)[] = [
    ...bundle.questions.flatMap((q) =>
      (q.questions ?? []).flatMap((item) => [item.visibleIf, item.requiredIf]),
    ),
    ...bundle.procedures.flatMap((p) => [p.memberRule, ...p.forms.map((f) => f.memberRule)]),
  ];
  return rules.filter((rule) => rule !== undefined);
}

/** The procedure rules one determination of a generated household evaluates (as in the engine table). */
export function procedureRuleSet(bundle: Bundle, answers: Answers, size: number): RuleSet {
  const context = ruleContext(bundle, answers);
  const members = answers.members as unknown[];
  const pairs: Pair[] = [];
  for (const p of bundle.procedures) {
    pairs.push([p.rule, context.data]);
    for (const c of p.conditionalItems ?? []) pairs.push([c.when, context.data]);
    for (const f of p.forms) if (f.when !== undefined) pairs.push([f.when, context.data]);
    members.forEach((member, i) => {
      const data = memberData(context, member, i);
      if (p.memberRule !== undefined) pairs.push([p.memberRule, data]);
      for (const f of p.forms) if (f.memberRule !== undefined) pairs.push([f.memberRule, data]);
    });
  }
  return { name: `demo 住民異動 procedure rules, generated ${size}-member 転入 household`, pairs };
}

const people = Array.from({ length: 8 }, (_x, i) => ({
  name: `person${i}`,
  age: 5 + i * 9,
  score: (i * 37) % 100,
  tags: i % 2 ? ["a", "b"] : ["c"],
}));

/** One data object for the plain rules: an applicant, a list of people, numbers and strings. */
const plainData = {
  age: 42,
  name: "東雲 花子",
  temp: 36.6,
  income: 4_800_000,
  pie: { filling: "apple", slices: 8 },
  flags: { card: true, seal: false },
  scores: [90, 72, 58, 100, 64],
  tags: ["resident", "parent"],
  people,
};

/**
 * Plain JSON Logic (no operator of ours, no `val`/`??`) in the shapes the json-logic-js docs and
 * tests use: what all three libraries support.
 */
const plainRules: Rule[] = [
  { "===": [{ var: "pie.filling" }, "apple"] },
  { "==": [{ var: "age" }, "42"] },
  { "!=": [{ var: "pie.slices" }, 6] },
  { and: [{ ">": [{ var: "age" }, 18] }, { "<": [{ var: "age" }, 65] }] },
  { or: [{ "===": [{ var: "flags.seal" }, true] }, { var: "flags.card" }] },
  { "<": [0, { var: "temp" }, 40] },
  { "<=": [{ var: "age" }, 42] },
  { if: [{ "<": [{ var: "temp" }, 0] }, "freezing", { "<": [{ var: "temp" }, 100] }, "liquid", "gas"] },
  { "!": [{ var: "nothing" }] },
  { "!!": [{ var: "tags" }] },
  { in: ["花子", { var: "name" }] },
  { in: [{ var: "pie.filling" }, ["apple", "cherry"]] },
  { cat: ["こんにちは、", { var: "name" }, "さん"] },
  { substr: [{ var: "name" }, 0, 2] },
  { "+": [{ var: "age" }, 1, { var: "pie.slices" }] },
  { "*": [{ var: "income" }, 0.1] },
  { "-": [{ var: "income" }, 1000] },
  { "/": [{ var: "income" }, 12] },
  { "%": [{ var: "age" }, 10] },
  { max: [{ var: "scores.0" }, { var: "scores.1" }, 75] },
  { var: ["nothing", "default"] },
  { missing: ["age", "nothing", "name"] },
  { missing_some: [1, ["nothing", "age"]] },
  { map: [{ var: "scores" }, { "*": [{ var: "" }, 2] }] },
  { filter: [{ var: "scores" }, { ">=": [{ var: "" }, 60] }] },
  { reduce: [{ var: "scores" }, { "+": [{ var: "current" }, { var: "accumulator" }] }, 0] },
  { all: [{ var: "scores" }, { ">": [{ var: "" }, 50] }] },
  { some: [{ var: "people" }, { "===": [{ var: "name" }, "person3"] }] },
  { none: [{ var: "people" }, { "<": [{ var: "age" }, 0] }] },
  { filter: [{ var: "people" }, { and: [{ ">=": [{ var: "age" }, 18] }, { in: ["a", { var: "tags" }] }] }] },
  { merge: [{ var: "tags" }, ["visitor"]] },
];

export function plainRuleSet(): RuleSet {
  return {
    name: "plain JSON Logic (31 rules, one data object)",
    pairs: plainRules.map((rule) => [rule, plainData]),
  };
}
