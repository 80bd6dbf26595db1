import { describe, expect, it } from "vitest";
import { type BundleInput, bundle as bundleSchema } from "./bundle";
import { determine } from "./determine";
import { effectiveAnswers } from "./effective-answers";
import { interview } from "./interview";
import { setAnswer } from "./set-answer";

const tennyu = { "===": [{ var: "moveType" }, "tennyu"] };
const fromAbroad = { "===": [{ var: "fromAbroad" }, true] };

/** The procedure rules name only the answer, not the question's condition: effective answers do that. */
const bundle = bundleSchema.parse({
  schemaVersion: 1,
  flow: { key: "t", kind: "jumin-idou", title: "テスト", referenceDate: { var: "moveDate" } },
  departments: [{ key: "shimin", name: "市民課" }],
  questions: [
    {
      id: "1",
      key: "moveType",
      kind: "choice",
      label: "異動の種類",
      options: [
        { value: "tennyu", label: "転入" },
        { value: "tenkyo", label: "転居" },
      ],
    },
    { id: "2", key: "moveDate", kind: "date", label: "異動日" },
    { id: "3", key: "fromAbroad", kind: "boolean", label: "国外から", visibleIf: tennyu },
    { id: "4", key: "passportNo", kind: "text", label: "旅券番号", visibleIf: fromAbroad },
    {
      id: "5",
      key: "members",
      kind: "group",
      label: "異動する方",
      questions: [
        { id: "5a", key: "birthDate", kind: "date", label: "生年月日" },
        { id: "5b", key: "seal", kind: "boolean", label: "印鑑登録", visibleIf: fromAbroad },
      ],
    },
  ],
  computed: [{ key: "abroadCount", expr: { if: [fromAbroad, 1, 0] } }],
  procedures: [
    { key: "P07", title: "国民年金", departmentKey: "shimin", rule: fromAbroad },
    { key: "PX", title: "旅券", departmentKey: "shimin", rule: { "!!": [{ var: "passportNo" }] } },
    {
      key: "P03",
      title: "印鑑登録",
      departmentKey: "shimin",
      rule: true,
      memberRule: { "===": [{ var: "member.seal" }, true] },
    },
  ],
  forms: [],
} satisfies BundleInput);

function answered(moveType: string) {
  let answers = setAnswer({}, "moveType", "tennyu");
  answers = setAnswer(answers, "moveDate", "2025-04-01");
  answers = setAnswer(answers, "fromAbroad", true);
  answers = setAnswer(answers, "passportNo", "TK1234567");
  answers = setAnswer(answers, "members", [{ birthDate: "1990-01-01", seal: true }]);
  return setAnswer(answers, "moveType", moveType);
}

describe("effective answers", () => {
  it("counts fromAbroad while the move is a 転入", () => {
    const result = determine(bundle, answered("tennyu"));
    expect(result.procedures.map((p) => p.key)).toEqual(["P07", "PX", "P03"]);
    expect(result.stale).toEqual([]);
    expect(result.computed).toEqual({ abroadCount: 1 });
  });

  it("ignores fromAbroad after the move type changes to 転居, and everything that hung on it", () => {
    const answers = answered("tenkyo");
    const result = determine(bundle, answers);
    expect(result.procedures.map((p) => p.key)).toEqual([]);
    expect(result.stale).toEqual(["fromAbroad", "passportNo", "members.0.seal"]);
    expect(result.computed).toEqual({ abroadCount: 0 });
    expect(interview(bundle, answers).stale).toEqual(["fromAbroad", "passportNo", "members.0.seal"]);
    // Kept in storage: switching back restores them.
    expect(answers.fromAbroad).toBe(true);
    expect(determine(bundle, setAnswer(answers, "moveType", "tennyu")).procedures).toHaveLength(3);
  });

  it("hides later questions whose condition reads a stale answer", () => {
    const paths = interview(bundle, answered("tenkyo")).steps.map((s) => s.path);
    expect(paths).toEqual(["moveType", "moveDate", "members", "members.0.birthDate"]);
    const effective = effectiveAnswers(bundle, answered("tenkyo")).answers;
    expect(effective).toEqual({
      moveType: "tenkyo",
      moveDate: "2025-04-01",
      members: [{ birthDate: "1990-01-01" }],
    });
  });

  it("does not count an invalid answer, and reports it as an error instead", () => {
    const answers = { ...answered("tennyu"), fromAbroad: "はい" };
    expect(determine(bundle, answers).procedures.map((p) => p.key)).toEqual([]);
    expect(effectiveAnswers(bundle, answers).invalid).toEqual(["fromAbroad"]);
    expect(interview(bundle, answers).errors).toHaveProperty("fromAbroad");
    const notAList = { ...answered("tennyu"), members: 3 };
    expect(effectiveAnswers(bundle, notAList).answers).not.toHaveProperty("members");
  });

  it("returns the stored answers themselves when nothing is stale", () => {
    const answers = answered("tennyu");
    expect(effectiveAnswers(bundle, answers).answers).toBe(answers);
  });
});
