import type { Rule } from "@kakanai/engine";
import { formatQuery } from "react-querybuilder";
import { describe, expect, it } from "vitest";
import type { DraftQuestion } from "@/lib/flow-draft";
import { conditionFields } from "./condition-fields";
import { analyzeRule, toJsonLogic } from "./rule-analysis";
import { fromBuilderRule, toBuilderRule } from "./rule-functions";

const choice = (key: string, values: string[]) => ({
  id: key,
  key,
  kind: "choice" as const,
  label: key,
  required: true,
  options: values.map((value) => ({ value, label: value })),
});

const questions = [
  choice("moveType", ["tennyu", "tenkyo", "tenshutsu"]),
  { id: "fromAbroad", key: "fromAbroad", kind: "boolean", label: "国外から", required: true },
  { id: "n", key: "deceased.remainingMembers", kind: "number", label: "残る人数", required: true },
  {
    id: "members",
    key: "members",
    kind: "group",
    label: "世帯員",
    itemLabel: "世帯員",
    required: true,
    questions: [
      { id: "b", key: "birthDate", kind: "date", label: "生年月日", required: true },
      choice("insurance", ["employer", "kokuho", "kouki", "none"]),
      { ...choice("handbooks", ["physical", "intellectual", "mental"]), kind: "multi" },
      { id: "c", key: "hasMyNumberCard", kind: "boolean", label: "カード", required: true },
    ],
  },
] as DraftQuestion[];

const household = conditionFields(questions, undefined, "household");
const member = conditionFields(questions, undefined, "member");
const age = (fn: string) => ({ [fn]: [{ var: "member.birthDate" }, { var: "on" }] });

// Rules as the demo city writes them (P06, P07, P11, P13, P15, O01…).
const memberRules: Rule[] = [
  { "===": [{ var: "member.hasMyNumberCard" }, true] },
  { and: [{ "!==": [age("ageLegal"), null] }, { ">=": [age("ageLegal"), 65] }] },
  {
    and: [
      {
        and: [
          { "!==": [age("ageLegal"), null] },
          { ">=": [age("ageLegal"), 20] },
          { "<=": [age("ageLegal"), 59] },
        ],
      },
      { in: [{ var: "member.insurance" }, ["kokuho", "none"]] },
    ],
  },
  {
    or: [
      {
        and: [
          { "===": [{ var: "moveType" }, "tennyu"] },
          { in: [{ var: "member.insurance" }, ["kokuho", "none"]] },
          { and: [{ "!==": [age("ageCalendar"), null] }, { "<": [age("ageCalendar"), 75] }] },
        ],
      },
      {
        and: [
          { in: [{ var: "moveType" }, ["tenkyo", "tenshutsu"]] },
          { "===": [{ var: "member.insurance" }, "kokuho"] },
        ],
      },
    ],
  },
  {
    and: [
      { "!==": [age("schoolGrade"), null] },
      { ">=": [age("schoolGrade"), -99] },
      { "<=": [age("schoolGrade"), 12] },
    ],
  },
  { "!!": [{ var: "member.handbooks" }] },
  { in: ["physical", { var: "member.handbooks" }] },
  { ">": [{ daysBetween: [{ var: "member.birthDate" }, { var: "on" }] }, 30] },
];

const householdRules: Rule[] = [
  { "===": [{ var: "fromAbroad" }, true] },
  { in: [{ var: "moveType" }, ["tennyu", "tenshutsu"]] },
  {
    and: [
      { "!==": [{ var: "deceased.remainingMembers" }, null] },
      { ">=": [{ var: "deceased.remainingMembers" }, 2] },
    ],
  },
  { ">=": [{ var: "on" }, "2025-04-01"] },
];

describe("the visual builder shows the engine's rules and gives them back unchanged", () => {
  it.each(memberRules.map((r) => [JSON.stringify(r), r]))("member rule %s", (_, rule) => {
    const analysis = analyzeRule(rule, member);
    expect(analysis.kind).toBe("builder");
    if (analysis.kind === "builder") expect(toJsonLogic(analysis.query, member)).toEqual(rule);
  });

  it.each(householdRules.map((r) => [JSON.stringify(r), r]))("household rule %s", (_, rule) => {
    const analysis = analyzeRule(rule, household);
    expect(analysis.kind).toBe("builder");
    if (analysis.kind === "builder") expect(toJsonLogic(analysis.query, household)).toEqual(rule);
  });

  it("a member's answers are not offered to a household rule", () => {
    expect(analyzeRule(memberRules[0], household).kind).toBe("advanced");
  });

  it("leaves what it cannot show to the advanced view", () => {
    const rules: Rule[] = [
      { var: "kaigoRefund" },
      { some: [{ var: "members" }, { ">=": [{ ageLegal: [{ var: "birthDate" }, { var: "on" }] }, 65] }] },
      { ageLegal: [{ var: "member.birthDate" }, "2025-01-01"] },
    ];
    for (const rule of rules) {
      expect(analyzeRule(rule, member).kind).toBe("advanced");
    }
  });
});

describe("computed values", () => {
  const fields = conditionFields(questions, undefined, "household", ["kaigoRefund", "memberCount"]);
  const rules: Rule[] = [
    { var: "kaigoRefund" },
    { "!": { var: "kaigoRefund" } },
    { and: [{ var: "kaigoRefund" }, { "===": [{ var: "fromAbroad" }, true] }] },
    { ">": [{ var: "memberCount" }, 2] },
  ];
  it.each(rules.map((r) => [JSON.stringify(r), r]))("%s is shown in the builder and kept", (_, rule) => {
    const analysis = analyzeRule(rule, fields);
    expect(analysis.kind).toBe("builder");
    if (analysis.kind === "builder") expect(toJsonLogic(analysis.query, fields)).toEqual(rule);
  });

  it("a value used as a condition inside an operation is left alone", () => {
    const rule = { in: [{ var: "moveType" }, { var: "kaigoRefund" }] };
    expect(toBuilderRule(rule)).toEqual(rule);
  });
});

describe("pseudo-fields for the engine's date operators", () => {
  it("a condition built on 法律上の年齢 is the engine's ageLegal", () => {
    const query = {
      combinator: "and",
      rules: [{ field: "ageLegal:member.birthDate", operator: ">=", value: 65 }],
    };
    expect(toJsonLogic(query, member)).toEqual({ ">=": [age("ageLegal"), 65] });
    expect(formatQuery(query, { format: "jsonlogic", fields: member })).not.toHaveProperty("ageLegal");
  });

  it("only rewrites calls at the reference date", () => {
    const other = { ageLegal: [{ var: "member.birthDate" }, "2025-01-01"] };
    expect(toBuilderRule(other)).toEqual(other);
    expect(fromBuilderRule(toBuilderRule({ "!": [{ var: "member.handbooks" }] }))).toEqual({
      "!": [{ var: "member.handbooks" }],
    });
  });

  it("offers age, grade and days for every date answer", () => {
    const names = member.map((f) => f.name);
    for (const fn of ["ageLegal", "ageCalendar", "schoolGrade", "daysBetween"]) {
      expect(names).toContain(`${fn}:member.birthDate`);
    }
    expect(names).toContain("has:member.handbooks");
    expect(names).toContain("on");
  });
});
