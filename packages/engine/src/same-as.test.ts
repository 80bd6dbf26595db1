import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answers } from "./bundle";
import { bundle as bundleSchema } from "./bundle";
import { interview } from "./interview";
import { sameAsOptions } from "./same-as";

const bundle = bundleSchema.parse({
  schemaVersion: 1,
  flow: { key: "t", kind: "jumin-idou", title: "テスト", referenceDate: { var: "moveDate" } },
  departments: [],
  questions: [
    { id: "old", key: "oldAddress", kind: "address", label: "異動前の住所" },
    { id: "new", key: "newAddress", kind: "address", label: "異動後の住所" },
    { id: "an", key: "applicant.name", kind: "text", label: "届出人の氏名" },
    { id: "ak", key: "applicant.kana", kind: "kana", label: "届出人のフリガナ" },
    { id: "ap", key: "applicant.phone", kind: "text", label: "電話番号" },
    {
      id: "m",
      key: "members",
      kind: "group",
      label: "異動する方は何人ですか",
      itemLabel: "異動する方",
      minItems: 1,
      maxItems: 12,
      questions: [
        { id: "mn", key: "name", kind: "text", label: "氏名" },
        { id: "mk", key: "kana", kind: "kana", label: "フリガナ" },
      ],
    },
  ],
  procedures: [],
  forms: [],
});

const address = { postalCode: "135-0061", prefecture: "東京都", city: "東雲市", town: "豊洲", banchi: "9-1" };
const applicant = { name: "東雲 太郎", kana: "シノノメ タロウ", phone: "03-1234-5678" };

function optionsAt(answers: Answers, path: string) {
  const state = interview(bundle, answers);
  const step = state.steps.find((s) => s.path === path);
  if (!step) throw new Error(`no step ${path}`);
  return sameAsOptions(bundle, answers, state.steps, step);
}

describe("sameAsOptions", () => {
  it("offers the 届出人's name to the first member, and to nobody once a member holds it", () => {
    const answers: Answers = { oldAddress: address, applicant, members: [{}, {}] };
    expect(optionsAt(answers, "members.0.name")).toEqual([
      { path: "applicant.name", label: "届出人の氏名", value: "東雲 太郎", samePerson: false },
    ]);
    const taken: Answers = { ...answers, members: [{ name: "東雲　太郎" }, {}] };
    expect(optionsAt(taken, "members.1.name")).toEqual([]);
  });

  it("puts the same person's kana first and labels a member's answer by position", () => {
    const answers: Answers = {
      applicant,
      members: [{ name: "東雲 花子", kana: "シノノメ ハナコ" }, { name: "東雲 太郎" }],
    };
    const options = optionsAt(answers, "members.1.kana");
    expect(options[0]).toMatchObject({ path: "applicant.kana", value: "シノノメ タロウ", samePerson: true });
    // 花子's kana is another member's: not offered.
    expect(options.map((o) => o.path)).toEqual(["applicant.kana"]);
    expect(optionsAt(answers, "applicant.kana")).toEqual([]);
  });

  it("offers an earlier address for a later one, not a phone number for a name", () => {
    const answers: Answers = { oldAddress: address };
    expect(optionsAt(answers, "newAddress")).toEqual([
      { path: "oldAddress", label: "異動前の住所", value: address, samePerson: false },
    ]);
    expect(optionsAt({ ...answers, newAddress: address }, "newAddress")).toEqual([]);
    expect(optionsAt({ applicant, members: [{}] }, "members.0.kana").map((o) => o.path)).toEqual([
      "applicant.kana",
    ]);
    expect(optionsAt({ applicant, members: [{}] }, "members.0.name").map((o) => o.path)).toEqual([
      "applicant.name",
    ]);
  });

  it("never offers a later answer, the step's own value or a duplicate, and at most three", () => {
    const name = fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== "");
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 6 }), name, (memberNames, applicantName) => {
        const answers: Answers = {
          applicant: { name: applicantName },
          members: memberNames.map((n) => ({ name: n })),
        };
        const state = interview(bundle, answers);
        for (const [i, step] of state.steps.entries()) {
          const options = sameAsOptions(bundle, answers, state.steps, step);
          expect(options.length).toBeLessThanOrEqual(3);
          const earlier = new Set(state.steps.slice(0, i).map((s) => s.path));
          for (const o of options) expect(earlier.has(o.path)).toBe(true);
          const values = options.map((o) => JSON.stringify(o.value));
          expect(new Set(values).size).toBe(values.length);
        }
      }),
    );
  });
});
