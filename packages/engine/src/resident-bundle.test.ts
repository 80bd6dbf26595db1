import { describe, expect, it } from "vitest";
import { bundle as bundleSchema } from "./bundle";
import { interview } from "./interview";
import { hasResidentQuestions, residentBundle } from "./resident-bundle";
import { setAnswer } from "./set-answer";

const bundle = bundleSchema.parse({
  schemaVersion: 1,
  flow: { key: "t", kind: "jumin-idou", title: "テスト", referenceDate: { var: "moveDate" } },
  departments: [],
  questions: [
    { id: "1", key: "moveDate", kind: "date", label: "異動日", residentVisible: true },
    { id: "2", key: "staffNote", kind: "text", label: "職員のみ" },
    {
      id: "3",
      key: "members",
      kind: "group",
      label: "異動する方",
      minItems: 1,
      residentVisible: true,
      questions: [
        { id: "3a", key: "name", kind: "text", label: "氏名", residentVisible: true },
        { id: "3b", key: "insurance", kind: "text", label: "保険" },
      ],
    },
  ],
  procedures: [],
  forms: [],
});

describe("residentBundle", () => {
  it("keeps only the questions residents answer, and a group's marked item questions", () => {
    const rb = residentBundle(bundle);
    expect(rb?.questions.map((q) => q.key)).toEqual(["moveDate", "members"]);
    expect(rb?.questions[1]?.questions?.map((q) => q.key)).toEqual(["name"]);
    // The bundle itself is untouched.
    expect(bundle.questions).toHaveLength(3);
  });

  it("runs in the same engine, and its answers leave only the staff questions at the counter", () => {
    const rb = residentBundle(bundle);
    if (!rb) throw new Error("no resident questions");
    let answers = setAnswer({}, "moveDate", "2026-04-01", rb);
    answers = setAnswer(answers, "members", 1, rb);
    expect(interview(rb, answers).next?.path).toBe("members.0.name");
    answers = setAnswer(answers, "members.0.name", "東雲 花子", rb);
    expect(interview(rb, answers).done).toBe(true);
    expect(
      interview(bundle, answers)
        .steps.filter((s) => !interview(rb, answers).steps.some((r) => r.path === s.path))
        .map((s) => s.path),
    ).toEqual(["staffNote", "members.0.insurance"]);
    expect(interview(bundle, answers).next?.path).toBe("staffNote");
  });

  it("is null for a flow that asks residents nothing", () => {
    const staffOnly = {
      ...bundle,
      questions: bundle.questions.map((q) => ({ ...q, residentVisible: false })),
    };
    expect(residentBundle(staffOnly)).toBeNull();
    expect(hasResidentQuestions(staffOnly)).toBe(false);
    expect(hasResidentQuestions(bundle)).toBe(true);
  });
});
