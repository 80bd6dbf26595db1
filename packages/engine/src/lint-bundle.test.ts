import { describe, expect, it } from "vitest";
import { type BundleInput, bundle as bundleSchema } from "./bundle";
import { lintBundle } from "./lint-bundle";

const base: BundleInput = {
  schemaVersion: 1,
  flow: { key: "t", kind: "jumin-idou", title: "テスト", referenceDate: { var: "moveDate" } },
  departments: [{ key: "shimin", name: "市民課" }],
  questions: [
    { id: "1", key: "moveDate", kind: "date", label: "異動日" },
    { id: "2", key: "applicant.name", kind: "text", label: "氏名" },
    {
      id: "3",
      key: "members",
      kind: "group",
      label: "世帯員",
      questions: [{ id: "3a", key: "birthDate", kind: "date", label: "生年月日" }],
    },
  ],
  computed: [
    { key: "count", expr: { reduce: [{ var: "members" }, { "+": [{ var: "accumulator" }, 1] }, 0] } },
  ],
  procedures: [
    {
      key: "P01",
      title: "住民異動届",
      departmentKey: "shimin",
      rule: { and: [{ var: "applicant" }, { ">": [{ var: "count" }, 0] }, { var: "members.0.birthDate" }] },
      memberRule: { ">=": [{ ageLegal: [{ var: "member.birthDate" }, { var: "on" }] }, 65] },
      forms: [{ formKey: "F01", mode: "household" }],
    },
  ],
  forms: [{ key: "F01", title: "住民異動届", departmentKey: "shimin" }],
  tests: [{ name: "t", answers: {}, expectProcedures: ["P01"] }],
};

const lint = (input: BundleInput) => lintBundle(bundleSchema.parse(input));

describe("lintBundle", () => {
  it("accepts a consistent bundle", () => {
    expect(lint(base)).toEqual([]);
  });

  it("finds unknown references, operators and duplicates", () => {
    const broken: BundleInput = {
      ...base,
      questions: [...base.questions, { id: "1", key: "moveDate", kind: "choice", label: "重複" }],
      procedures: [
        {
          key: "P02",
          title: "x",
          departmentKey: "nowhere",
          rule: { and: [{ var: "moveTyp" }, { frobnicate: [1] }, { "==": [{ var: "moveDate" }, "tennyu"] }] },
          memberRule: { var: "member.nope" },
          forms: [{ formKey: "F99", mode: "each" }],
        },
      ],
      tests: [{ name: "t", answers: {}, expectProcedures: ["P01"] }],
    };
    const issues = lint(broken).map((i) => `${i.severity} ${i.path}: ${i.message}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        "error questions[3].key: 質問「moveDate」が重複しています",
        "error questions[3].id: 質問ID「1」が重複しています",
        "error questions[3].options: 「重複」に選択肢がありません",
        "error procedures[0].departmentKey: 部署「nowhere」がありません",
        "error procedures[0].rule: 未知の演算子「frobnicate」が使われています",
        "error procedures[0].rule: 回答「moveTyp」を参照していますが、その質問がありません",
        "warning procedures[0].rule: 文字列との比較に == が使われています。未回答のときにエラーになるため === を使ってください",
        "error procedures[0].memberRule: 回答「member.nope」を参照していますが、その質問がありません",
        "error procedures[0].forms[0].formKey: 様式「F99」がありません",
        "error tests[0].expectProcedures: 手続き「P01」がありません",
      ]),
    );
  });
});
