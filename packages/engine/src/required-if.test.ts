import { describe, expect, it } from "vitest";
import { type BundleInput, bundle as bundleSchema } from "./bundle";
import { diffBundles } from "./diff-bundles";
import { effectiveAnswers } from "./effective-answers";
import { interview } from "./interview";
import { lintBundle } from "./lint-bundle";

const isAgent = { "===": [{ var: "applicantRole" }, "agent"] };
const input: BundleInput = {
  schemaVersion: 1,
  flow: { key: "t", kind: "jumin-idou", title: "テスト", referenceDate: { var: "moveDate" } },
  departments: [{ key: "shimin", name: "市民課" }],
  questions: [
    { id: "1", key: "moveDate", kind: "date", label: "異動日" },
    {
      id: "2",
      key: "applicantRole",
      kind: "choice",
      label: "届出人",
      options: [
        { value: "self", label: "本人" },
        { value: "agent", label: "代理人" },
      ],
    },
    { id: "3", key: "agentPhone", kind: "text", label: "代理人の電話", required: false, requiredIf: isAgent },
    {
      id: "4",
      key: "members",
      kind: "group",
      label: "世帯員",
      questions: [
        { id: "4a", key: "birthDate", kind: "date", label: "生年月日" },
        {
          id: "4b",
          key: "school",
          kind: "text",
          label: "在学中の学校",
          required: false,
          requiredIf: { "<=": [{ schoolGrade: [{ var: "member.birthDate" }, { var: "on" }] }, 9] },
        },
      ],
    },
  ],
  procedures: [
    {
      key: "P01",
      title: "住民異動届",
      departmentKey: "shimin",
      rule: true,
      forms: [{ formKey: "F01", mode: "once" }],
    },
  ],
  forms: [{ key: "F01", title: "住民異動届", departmentKey: "shimin" }],
};
const bundle = bundleSchema.parse(input);
const base = { moveDate: "2025-04-01", members: [{ birthDate: "1980-05-05" }] };

describe("requiredIf", () => {
  it("leaves the question optional while its rule does not hold", () => {
    const state = interview(bundle, { ...base, applicantRole: "self" });
    expect(state.steps.find((s) => s.path === "agentPhone")?.required).toBe(false);
    expect(state.done).toBe(true);
  });

  it("makes it required when the rule holds, blank answers included", () => {
    const state = interview(bundle, { ...base, applicantRole: "agent" });
    expect(state.next?.path).toBe("agentPhone");
    expect(state.next?.required).toBe(true);
    const blank = interview(bundle, { ...base, applicantRole: "agent", agentPhone: " " });
    expect(blank.errors).toEqual({ agentPhone: "必須です" });
    expect(interview(bundle, { ...base, applicantRole: "agent", agentPhone: "03-1" }).done).toBe(true);
  });

  it("decides per member inside a group (a child must name the school, an adult need not)", () => {
    const members = [{ birthDate: "1980-05-05" }, { birthDate: "2015-06-01" }];
    const state = interview(bundle, { ...base, applicantRole: "self", members });
    expect(state.steps.filter((s) => s.question.key === "school").map((s) => s.required)).toEqual([
      false,
      true,
    ]);
    expect(state.next?.path).toBe("members.1.school");
    expect(state.progress).toEqual({ answered: 7, total: 8 });
  });

  it("does not let a blank answer count for rules, even while optional", () => {
    const answers = { ...base, applicantRole: "self", agentPhone: "" };
    expect(effectiveAnswers(bundle, answers).answers).not.toHaveProperty("agentPhone");
    expect(interview(bundle, answers).errors).toEqual({});
  });

  it("is linted: unknown answers and a missing required: false", () => {
    const broken = structuredClone(input);
    const q = broken.questions[2];
    if (!q) throw new Error("fixture");
    q.requiredIf = { "===": [{ var: "nope" }, 1] };
    delete q.required;
    const issues = lintBundle(bundleSchema.parse(broken)).map((i) => `${i.severity} ${i.path}`);
    expect(issues).toEqual(["error questions[2].requiredIf", "warning questions[2].required"]);
    expect(lintBundle(bundle)).toEqual([]);
  });

  it("shows up in the publish diff", () => {
    const changed = structuredClone(input);
    const item = changed.questions[3]?.questions?.[1];
    if (!item) throw new Error("fixture");
    item.requiredIf = true;
    expect(diffBundles(bundle, bundleSchema.parse(changed))).toEqual([
      "質問 世帯員 › 在学中の学校: 必須条件を変更",
    ]);
  });
});
