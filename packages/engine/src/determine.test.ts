import { describe, expect, it } from "vitest";
import { type BundleInput, bundle as bundleSchema } from "./bundle";
import { determine } from "./determine";
import { runFlowTests } from "./run-flow-tests";

const age = { ageLegal: [{ var: "member.birthDate" }, { var: "on" }] };

const input: BundleInput = {
  schemaVersion: 1,
  flow: { key: "t", kind: "jumin-idou", title: "テスト", referenceDate: { var: "moveDate" } },
  departments: [
    { key: "shimin", name: "市民課", counter: "1階 1番" },
    { key: "kaigo", name: "介護保険課", counter: "2階 22番" },
    { key: "unused", name: "使わない課", counter: "" },
  ],
  questions: [
    { id: "d", key: "moveDate", kind: "date", label: "異動日" },
    { id: "m", key: "members", kind: "group", label: "世帯員", questions: [] },
  ],
  procedures: [
    {
      key: "P01",
      title: "住民異動届",
      departmentKey: "shimin",
      rule: true,
      reason: "住民異動のため",
      deadlineDays: 14,
      itemsToBring: ["本人確認書類"],
      forms: [{ formKey: "F01", mode: "household" }],
    },
    {
      key: "P11",
      title: "介護保険",
      departmentKey: "kaigo",
      rule: true,
      memberRule: { ">=": [age, 65] },
      memberReason: "65歳以上",
      forms: [
        { formKey: "F15", mode: "each" },
        { formKey: "F99", mode: "once", when: { "===": [{ var: "moveDate" }, "2000-01-01"] } },
      ],
    },
  ],
  forms: [
    { key: "F01", title: "住民異動届", departmentKey: "shimin", rowsPerSheet: 4 },
    { key: "F15", title: "介護保険資格取得・異動・喪失届", departmentKey: "kaigo" },
  ],
  tests: [
    {
      name: "65歳の前日",
      answers: { moveDate: "2025-03-31", members: [{ name: "山田 一郎", birthDate: "1960-04-01" }] },
      expectProcedures: ["P01", "P11"],
      expectForms: { F01: 1, F15: 1 },
    },
    {
      name: "わざと間違えた期待",
      answers: { moveDate: "2025-03-30", members: [{ name: "山田 一郎", birthDate: "1960-04-01" }] },
      expectProcedures: ["P01", "P11"],
    },
  ],
};
const bundle = bundleSchema.parse(input);

const household = (n: number) =>
  Array.from({ length: n }, (_x, i) => ({
    name: `世帯員${i}`,
    birthDate: i === 0 ? "1950-01-01" : "2000-01-01",
  }));

describe("determine", () => {
  it("reports procedures with reasons naming members, deadlines and forms", () => {
    const result = determine(bundle, {
      moveDate: "2025-04-01",
      members: [
        { name: "山田 太郎", birthDate: "1990-05-05" },
        { name: "山田 花子", birthDate: "1955-01-01" },
      ],
    });
    expect(result.referenceDate).toBe("2025-04-01");
    const [p01, p11] = result.procedures;
    expect(p01).toMatchObject({
      key: "P01",
      deadline: "2025-04-15",
      members: [0, 1],
      reasons: ["住民異動のため"],
    });
    expect(p01?.forms).toEqual([
      {
        formKey: "F01",
        title: "住民異動届",
        departmentKey: "shimin",
        mode: "household",
        members: [0, 1],
        sheets: 1,
      },
    ]);
    expect(p11).toMatchObject({
      key: "P11",
      members: [1],
      reasons: ["山田 花子さん: 65歳以上"],
      deadline: null,
    });
    expect(p11?.forms.map((f) => [f.formKey, f.members])).toEqual([["F15", [1]]]);
    expect(result.departments.map((d) => [d.key, d.procedures.map((p) => p.key)])).toEqual([
      ["shimin", ["P01"]],
      ["kaigo", ["P11"]],
    ]);
  });

  it("continues household forms on further sheets", () => {
    const sheets = (n: number) =>
      determine(bundle, { moveDate: "2025-04-01", members: household(n) }).procedures[0]?.forms[0]?.sheets;
    expect([sheets(1), sheets(4), sheets(5), sheets(12)]).toEqual([1, 1, 2, 3]);
  });

  it("emits one form per matching member for each-mode and one for once-mode", () => {
    const result = determine(bundle, {
      moveDate: "2000-01-01",
      members: [
        { name: "A", birthDate: "1920-01-01" },
        { name: "B", birthDate: "1930-01-01" },
      ],
    });
    const forms = result.procedures.find((p) => p.key === "P11")?.forms ?? [];
    expect(forms.map((f) => [f.formKey, f.members, f.sheets])).toEqual([
      ["F15", [0], 1],
      ["F15", [1], 1],
      ["F99", [], 1],
    ]);
  });
});

describe("runFlowTests", () => {
  it("passes a right expectation and explains a wrong one in Japanese", () => {
    const [right, wrong] = runFlowTests(bundle);
    expect(right).toMatchObject({ ok: true, message: "" });
    expect(wrong?.ok).toBe(false);
    expect(wrong?.message).toBe("P11 が判定されませんでした");
    expect(wrong?.actual.procedures).toEqual(["P01"]);
  });
});

describe("conditional deadlines", () => {
  const withDeadlines = bundleSchema.parse({
    ...input,
    questions: [...input.questions, { id: "p", key: "pension", kind: "text", label: "年金" }],
    procedures: [
      {
        key: "O06",
        title: "年金",
        departmentKey: "shimin",
        rule: true,
        deadlineDays: 14,
        conditionalDeadlines: [{ days: 10, when: { "===": [{ var: "pension" }, "kosei"] } }],
      },
    ],
  });

  it("uses the first matching condition, else deadlineDays", () => {
    const deadline = (pension: string) =>
      determine(withDeadlines, { moveDate: "2025-04-01", pension }).procedures[0]?.deadline;
    expect(deadline("kosei")).toBe("2025-04-11");
    expect(deadline("kokumin")).toBe("2025-04-15");
  });
});
