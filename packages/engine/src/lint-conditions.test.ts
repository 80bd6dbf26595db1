import { describe, expect, it } from "vitest";
import { type BundleInput, bundle as bundleSchema, type Rule } from "./bundle";
import { lintBundle } from "./lint-bundle";

type Procedure = BundleInput["procedures"][number];
type QuestionInput = BundleInput["questions"][number];
type ItemInput = NonNullable<QuestionInput["questions"]>[number];

const choice = (id: string, key: string): ItemInput => ({
  id,
  key,
  kind: "choice",
  label: key,
  options: [
    { value: "a", label: "A" },
    { value: "b", label: "B" },
  ],
});

const base: BundleInput = {
  schemaVersion: 1,
  flow: { key: "t", kind: "jumin-idou", title: "テスト", referenceDate: { var: "moveDate" } },
  departments: [{ key: "shimin", name: "市民課" }],
  questions: [
    { id: "1", key: "moveDate", kind: "date", label: "異動日" },
    choice("2", "moveType"),
    choice("3", "fromAbroad"),
    {
      id: "4",
      key: "members",
      kind: "group",
      label: "世帯員",
      questions: [{ id: "4a", key: "birthDate", kind: "date", label: "生年月日" }, choice("4b", "relation")],
    },
  ],
  computed: [],
  procedures: [procedure({ "===": [{ var: "moveType" }, "a"] })],
  forms: [{ key: "F01", title: "住民異動届", departmentKey: "shimin" }],
};

function procedure(rule: Procedure["rule"], extra: Partial<Procedure> = {}): Procedure {
  return {
    key: "P01",
    title: "住民異動届",
    departmentKey: "shimin",
    rule,
    forms: [{ formKey: "F01", mode: "household" }],
    ...extra,
  };
}

const lint = (change: Partial<BundleInput>) =>
  lintBundle(bundleSchema.parse({ ...base, ...change })).map((i) => `${i.severity} ${i.path}: ${i.message}`);

const withQuestions = (edit: (qs: QuestionInput[]) => void) => {
  const questions = structuredClone(base.questions);
  edit(questions);
  return lint({ questions });
};

const NEVER_PROCEDURE = "この条件は常に成り立たないため、この手続きは案内されません。条件を見直してください";
const ALWAYS =
  "この条件は回答によらず常に成り立ちます。常にでよければ true と書き、そうでなければ条件を見直してください";
const LATER =
  "この質問は、後で聞く質問の回答を条件にしているため、順番どおりには表示されません。条件にした質問より後ろに移してください";

describe("lint: conditions that always or never hold", () => {
  it("accepts the fixture", () => {
    expect(lint({})).toEqual([]);
  });

  it("blocks a procedure whose rule can never hold", () => {
    expect(lint({ procedures: [procedure({ "==": [1, 2] })] })).toEqual([
      `error procedures[0].rule: ${NEVER_PROCEDURE}`,
    ]);
    expect(lint({ procedures: [procedure(false)] })).toEqual([
      `error procedures[0].rule: ${NEVER_PROCEDURE}`,
    ]);
  });

  it("blocks a form that can never be made, and warns on a question never shown", () => {
    const form = { formKey: "F01", mode: "once" as const, when: { "!": [true] } };
    expect(lint({ procedures: [procedure(true, { forms: [form] })] })).toEqual([
      "error procedures[0].forms[0].when: この条件は常に成り立たないため、この様式は案内されません。条件を見直してください",
    ]);
    expect(
      withQuestions((qs) => {
        qs[2] = { ...qs[2], visibleIf: { "<": [2, 1] } } as QuestionInput;
      }),
    ).toEqual([
      "warning questions[2].visibleIf: この条件は常に成り立たないため、この質問は表示されません。条件を見直してください",
    ]);
  });

  it("warns on a condition that always holds, but not on a plain true", () => {
    expect(lint({ procedures: [procedure({ "==": [1, 1] })] })).toEqual([
      `warning procedures[0].rule: ${ALWAYS}`,
    ]);
    expect(lint({ procedures: [procedure(true)] })).toEqual([]);
  });

  it("finds an and that asks one answer to be two different values", () => {
    const clash: Rule = {
      and: [
        { var: "moveDate" },
        { "===": [{ var: "moveType" }, "a"] },
        { "===": ["b", { var: "moveType" }] },
      ],
    };
    expect(lint({ procedures: [procedure(clash)] })).toEqual([
      `error procedures[0].rule: この条件は常に成り立たない（「moveType」が "a" と "b" の両方になることはありません）ため、この手続きは案内されません。条件を見直してください`,
    ]);
    const memberClash: Rule = {
      and: [{ "===": [{ var: "member.relation" }, "a"] }, { "===": [{ var: "member.relation" }, "b"] }],
    };
    expect(lint({ procedures: [procedure(true, { memberRule: memberClash })] })).toEqual([
      `error procedures[0].memberRule: この条件は常に成り立たない（「member.relation」が "a" と "b" の両方になることはありません）ため、この手続きは案内されません。条件を見直してください`,
    ]);
    // Either may hold, or two different answers: nothing certain.
    const fine: Rule[] = [
      { or: [{ "===": [{ var: "moveType" }, "a"] }, { "===": [{ var: "moveType" }, "b"] }] },
      { and: [{ "===": [{ var: "moveType" }, "a"] }, { "===": [{ var: "fromAbroad" }, "b"] }] },
      { and: [{ "===": [{ var: "moveType" }, "a"] }, { "===": [{ var: "moveType" }, "a"] }] },
    ];
    for (const rule of fine) expect(lint({ procedures: [procedure(rule)] })).toEqual([]);
  });

  it("leaves a rule with an unknown operator to the operator check", () => {
    expect(lint({ procedures: [procedure({ frobnicate: [1] })] })).toEqual([
      "error procedures[0].rule: 未知の演算子「frobnicate」が使われています",
    ]);
  });
});

describe("lint: questions not shown when their turn comes", () => {
  it("warns when a question depends only on a later answer", () => {
    const issues = withQuestions((qs) => {
      qs[1] = { ...qs[1], visibleIf: { "===": [{ var: "fromAbroad" }, "a"] } } as QuestionInput;
    });
    expect(issues).toEqual([`warning questions[1].visibleIf: ${LATER}`]);
  });

  it("does not warn when the condition may hold then, or also reads an earlier answer", () => {
    const rules: Rule[] = [
      { "!": { var: "fromAbroad" } },
      { or: [{ var: "moveDate" }, { "===": [{ var: "fromAbroad" }, "a"] }] },
    ];
    for (const visibleIf of rules) {
      expect(
        withQuestions((qs) => {
          qs[1] = { ...qs[1], visibleIf } as QuestionInput;
        }),
      ).toEqual([]);
    }
  });

  it("follows computed values to their inputs", () => {
    const questions = structuredClone(base.questions);
    questions[1] = { ...questions[1], visibleIf: { var: "abroad" } } as QuestionInput;
    const abroad = { key: "abroad", expr: { "===": [{ var: "fromAbroad" }, "a"] } };
    expect(lint({ questions, computed: [abroad] })).toEqual([`warning questions[1].visibleIf: ${LATER}`]);
    const early = { key: "abroad", expr: { "===": [{ var: "moveDate" }, "2025-04-01"] } };
    expect(lint({ questions, computed: [early] })).toEqual([]);
  });

  it("warns on a question that depends on itself or on a question never shown", () => {
    expect(
      withQuestions((qs) => {
        qs[1] = { ...qs[1], visibleIf: { "===": [{ var: "moveType" }, "a"] } } as QuestionInput;
      }),
    ).toEqual([
      "warning questions[1].visibleIf: この質問は、自分の回答を表示条件にしているため表示されません。条件を見直してください",
    ]);
    expect(
      withQuestions((qs) => {
        qs[1] = { ...qs[1], visibleIf: false } as QuestionInput;
        qs[2] = { ...qs[2], visibleIf: { "===": [{ var: "moveType" }, "a"] } } as QuestionInput;
      }),
    ).toEqual([
      "warning questions[1].visibleIf: この条件は常に成り立たないため、この質問は表示されません。条件を見直してください",
      "warning questions[2].visibleIf: この質問は、表示されない質問の回答を条件にしているため表示されません。条件を見直してください",
    ]);
  });

  it("checks the items of a group against later items and later questions", () => {
    const later = { "===": [{ var: "member.relation" }, "a"] };
    expect(
      withQuestions((qs) => {
        const items = qs[3]?.questions ?? [];
        items[0] = { ...items[0], visibleIf: later } as (typeof items)[number];
      }),
    ).toEqual([`warning questions[3].questions[0].visibleIf: ${LATER}`]);
    expect(
      withQuestions((qs) => {
        const items = qs[3]?.questions ?? [];
        items[1] = { ...items[1], visibleIf: { var: "afterwards" } } as (typeof items)[number];
        qs.push({ id: "5", key: "afterwards", kind: "boolean", label: "後で" });
      }),
    ).toEqual([`warning questions[3].questions[1].visibleIf: ${LATER}`]);
    // An earlier item, the member's index, or a question asked before the group: fine.
    const fine: Rule[] = [
      { var: "member.birthDate" },
      { "===": [{ var: "memberIndex" }, 0] },
      { var: "moveType" },
      { var: "members.0.birthDate" },
    ];
    for (const visibleIf of fine) {
      expect(
        withQuestions((qs) => {
          const items = qs[3]?.questions ?? [];
          items[1] = { ...items[1], visibleIf } as (typeof items)[number];
        }),
      ).toEqual([]);
    }
  });
});

describe("lint: procedures without a form", () => {
  it("warns, except in おくやみ where procedures are a checklist", () => {
    const bare = procedure(true, { forms: [] });
    expect(lint({ procedures: [bare] })).toEqual([
      "warning procedures[0].forms: 申請書がありません（案内のみの手続きでよければ、このままで構いません）",
    ]);
    const okuyami = { ...base.flow, kind: "okuyami" as const };
    expect(lint({ flow: okuyami, procedures: [bare] })).toEqual([]);
  });
});
