import { describe, expect, it } from "vitest";
import { type BundleInput, bundle as bundleSchema } from "./bundle";
import { interview } from "./interview";
import { setAnswer } from "./set-answer";
import { validateAnswer } from "./validate-answer";

const bundle = bundleSchema.parse({
  schemaVersion: 1,
  flow: { key: "t", kind: "jumin-idou", title: "テスト", referenceDate: { var: "moveDate" } },
  departments: [],
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
    {
      id: "3",
      key: "fromAbroad",
      kind: "boolean",
      label: "国外からの転入ですか",
      visibleIf: { "===": [{ var: "moveType" }, "tennyu"] },
    },
    {
      id: "4",
      key: "members",
      kind: "group",
      label: "異動する方",
      minItems: 1,
      maxItems: 12,
      questions: [
        { id: "4a", key: "kana", kind: "kana", label: "フリガナ" },
        { id: "4b", key: "birthDate", kind: "date", label: "生年月日" },
        {
          id: "4c",
          key: "careCertified",
          kind: "boolean",
          label: "要介護認定",
          visibleIf: { ">=": [{ ageLegal: [{ var: "member.birthDate" }, { var: "on" }] }, 40] },
        },
      ],
    },
    { id: "5", key: "memo", kind: "text", label: "備考", required: false },
  ],
  procedures: [],
  forms: [],
} satisfies BundleInput);

describe("interview", () => {
  it("asks the first question first", () => {
    const state = interview(bundle, {});
    expect(state.next?.path).toBe("moveType");
    expect(state.steps.map((s) => s.path)).toEqual(["moveType", "moveDate", "members", "memo"]);
    expect(state.done).toBe(false);
  });

  it("shows conditional questions and reports hidden answers as stale", () => {
    let answers = setAnswer({}, "moveType", "tennyu");
    answers = setAnswer(answers, "fromAbroad", true);
    expect(interview(bundle, answers).steps.map((s) => s.path)).toContain("fromAbroad");
    answers = setAnswer(answers, "moveType", "tenkyo");
    const state = interview(bundle, answers);
    expect(state.steps.map((s) => s.path)).not.toContain("fromAbroad");
    expect(state.stale).toEqual(["fromAbroad"]);
    expect(answers.fromAbroad).toBe(true);
  });

  it("asks a count, then each member's visible questions", () => {
    let answers = setAnswer({ moveType: "tenkyo", moveDate: "2025-03-31" }, "members", 2, bundle);
    answers = setAnswer(answers, "members.0.kana", "ヤマダ タロウ");
    answers = setAnswer(answers, "members.0.birthDate", "1985-04-01");
    answers = setAnswer(answers, "members.1.birthDate", "1985-04-02");
    const state = interview(bundle, answers);
    expect(state.steps.map((s) => s.path)).toEqual([
      "moveType",
      "moveDate",
      "members",
      "members.0.kana",
      "members.0.birthDate",
      "members.0.careCertified",
      "members.1.kana",
      "members.1.birthDate",
      "memo",
    ]);
    expect(state.steps[2]).toMatchObject({ isCount: true, groupKey: "members" });
    expect(state.steps[5]).toMatchObject({ memberIndex: 0, groupKey: "members" });
    expect(state.next?.path).toBe("members.0.careCertified");
  });

  it("reports invalid answers and keeps asking them", () => {
    const answers = { moveType: "tenkyo", moveDate: "2025-02-30" };
    const state = interview(bundle, answers);
    expect(state.errors).toEqual({ moveDate: "日付の形式が正しくありません (例: 令和6年4月1日)" });
    expect(state.next?.path).toBe("moveDate");
  });

  it("is done when every visible required step is answered", () => {
    const answers = {
      moveType: "tenkyo",
      moveDate: "2025-04-01",
      members: [{ kana: "ヤマダ ハナコ", birthDate: "2010-01-01" }],
      memo: "",
    };
    const state = interview(bundle, answers);
    expect(state.done).toBe(true);
    expect(state.next).toBeNull();
    expect(state.progress).toEqual({ answered: 6, total: 6 });
  });

  it("rejects an empty household", () => {
    const state = interview(bundle, { moveType: "tenkyo", moveDate: "2025-04-01", members: [] });
    expect(state.errors.members).toBe("1〜12の数を入力してください");
  });
});

describe("setAnswer", () => {
  it("resizes a group and keeps entered members", () => {
    const answers = { members: [{ name: "山田 太郎" }, { name: "山田 花子" }, { name: "山田 一郎" }] };
    expect(setAnswer(answers, "members", 2).members).toEqual([{ name: "山田 太郎" }, { name: "山田 花子" }]);
    expect(setAnswer(answers, "members", 4).members).toEqual([...answers.members, {}]);
    expect(answers.members).toHaveLength(3);
  });

  it("sets nested paths immutably and clears with null", () => {
    const a = setAnswer({}, "applicant.name", "山田 太郎");
    const b = setAnswer(a, "applicant.kana", "ヤマダ タロウ");
    expect(a).toEqual({ applicant: { name: "山田 太郎" } });
    expect(b).toEqual({ applicant: { name: "山田 太郎", kana: "ヤマダ タロウ" } });
    expect(setAnswer(b, "applicant.name", null)).toEqual({ applicant: { kana: "ヤマダ タロウ" } });
  });
});

describe("validateAnswer", () => {
  const step = (question: object) => ({
    path: "x",
    question: { id: "x", key: "x", required: true, ...question },
  });
  it("speaks Japanese", () => {
    expect(validateAnswer(step({ kind: "text", label: "氏名" }) as never, "")).toBe("必須です");
    expect(validateAnswer(step({ kind: "kana", label: "カナ" }) as never, "やまだ")).toBe(
      "全角カタカナで入力してください",
    );
    expect(validateAnswer(step({ kind: "kana", label: "カナ" }) as never, "ヤマダ　タロウ")).toBeNull();
    expect(validateAnswer(step({ kind: "number", label: "通数", min: 1, max: 12 }) as never, 13)).toBe(
      "1〜12の数を入力してください",
    );
    expect(validateAnswer(step({ kind: "date", label: "日" }) as never, "令和6年4月1日")).toBe(
      "日付の形式が正しくありません (例: 令和6年4月1日)",
    );
    expect(
      validateAnswer(step({ kind: "address", label: "住所" }) as never, {
        postalCode: "123-4567",
        prefecture: "東京都",
        city: "東雲市",
        town: "本町",
        banchi: "",
      }),
    ).toBe("番地を入力してください");
  });
});

describe("interview with a broken rule", () => {
  it("names the question whose condition fails instead of guessing", () => {
    const broken = bundleSchema.parse({
      schemaVersion: 1,
      flow: { key: "t", kind: "jumin-idou", title: "テスト", referenceDate: { var: "moveDate" } },
      departments: [],
      questions: [{ id: "1", key: "x", kind: "text", label: "x", visibleIf: { "/": [1, 0] } }],
      procedures: [],
      forms: [],
    });
    expect(() => interview(broken, {})).toThrow("questions「x」の表示条件");
  });
});

describe("what the progress count and an age make of the interview", () => {
  const okuyamiLike = bundleSchema.parse({
    schemaVersion: 1,
    flow: { key: "o", kind: "okuyami", title: "おくやみ", referenceDate: { var: "deceased.deathDate" } },
    departments: [],
    questions: [
      { id: "1", key: "deceased.birthDate", kind: "date", label: "生年月日" },
      { id: "2", key: "deceased.deathDate", kind: "date", label: "亡くなった日" },
      {
        id: "3",
        key: "deceased.handbooks",
        kind: "multi",
        label: "障害者手帳",
        required: false,
        options: [{ value: "physical", label: "身体障害者手帳" }],
      },
      {
        id: "4",
        key: "deceased.wasChildAllowanceRecipient",
        kind: "boolean",
        label: "児童手当を受けていましたか",
        // The shape the studio's rule builder edits: 法律上の年齢 at the reference date.
        visibleIf: { "<": [{ ageLegal: [{ var: "deceased.birthDate" }, { var: "on" }] }, 65] },
      },
    ],
    procedures: [],
    forms: [],
  });
  const paths = (answers: Record<string, unknown>) =>
    interview(okuyamiLike, answers).steps.map((s) => s.path);

  it("reads 0 answered before any answer, though an optional question is valid empty", () => {
    expect(interview(okuyamiLike, {}).progress).toEqual({ answered: 0, total: 4 });
  });

  it("counts an optional question left empty once the clerk has passed it", () => {
    const deceased = { birthDate: "1980-01-01", deathDate: "2025-04-01" };
    // The next question is 児童手当: the empty 手帳 before it was passed.
    expect(interview(okuyamiLike, { deceased }).progress).toEqual({ answered: 3, total: 4 });
    expect(interview(okuyamiLike, { deceased: { birthDate: "1980-01-01" } }).progress).toEqual({
      answered: 1,
      total: 4,
    });
    const all = { deceased: { ...deceased, wasChildAllowanceRecipient: false } };
    expect(interview(okuyamiLike, all).progress).toEqual({ answered: 4, total: 4 });
  });

  it("does not ask a 78-year-old's family about 児童手当, and asks for a 45-year-old", () => {
    const old = { deceased: { birthDate: "1947-01-10", deathDate: "2025-04-01" } };
    expect(paths(old)).not.toContain("deceased.wasChildAllowanceRecipient");
    expect(interview(okuyamiLike, old).done).toBe(true);
    const young = { deceased: { birthDate: "1980-01-10", deathDate: "2025-04-01" } };
    expect(paths(young)).toContain("deceased.wasChildAllowanceRecipient");
  });
});
