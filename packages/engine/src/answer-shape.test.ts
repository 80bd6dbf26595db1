import fc from "fast-check";
import { describe, expect, it } from "vitest";
import juminIdouJson from "../test/fixtures/jumin-idou.json";
import okuyamiJson from "../test/fixtures/okuyami.json";
import {
  answerLimits,
  applyAnswer,
  hasForbiddenCharacters,
  validateAnswerInput,
  validateStoredAnswers,
} from "./answer-shape";
import type { Answers, Bundle, ItemQuestion, Question } from "./bundle";
import { parseBundle } from "./parse-bundle";

const juminIdou = parseBundle(juminIdouJson);
const okuyami = parseBundle(okuyamiJson);
const bundles: [string, Bundle][] = [
  ["住民異動", juminIdou],
  ["おくやみ", okuyami],
];

const isoDate = fc
  .date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const katakana = fc
  .array(fc.constantFrom(..."アイウエオカキクケコサシスセソタチツテトナニヌネノヤユヨワヲンー　"), {
    minLength: 1,
    maxLength: 12,
  })
  .map((c) => c.join(""));
const address = fc.record(
  {
    postalCode: fc.constantFrom("135-0061", "1350062", "100-0001"),
    prefecture: fc.constantFrom("東京都", "千葉県"),
    city: fc.constantFrom("東雲市", "港区"),
    town: fc.constantFrom("港町", "本町"),
    banchi: fc.constantFrom("1-2-3", "4番地"),
    building: fc.constantFrom("東雲ハイツ101", ""),
  },
  { requiredKeys: ["postalCode", "prefecture", "city", "town", "banchi"] },
);
/** A string that PostgreSQL cannot store: NUL or an unpaired surrogate somewhere in it. */
const unstorable = fc
  .tuple(fc.string({ maxLength: 5 }), fc.constantFrom("\u0000", "\uD800", "\uDFFF", "a\uDBFFb"), fc.string())
  .map(([a, bad, b]) => a + bad + b);
const hostile = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom<unknown>(
    {},
    [],
    1e9,
    2 ** 53,
    100_000,
    -1,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    "2024-02-30",
    "true",
    "x".repeat(answerLimits.textLength + 1),
    Object.create(null),
    new Date(0),
  ),
  unstorable,
);

function goodValue(q: Question | ItemQuestion): fc.Arbitrary<unknown> {
  const options = (q.options ?? []).map((o) => o.value);
  switch (q.kind) {
    case "text":
      return fc.string({ maxLength: 30 }).filter((s) => !hasForbiddenCharacters(s));
    case "kana":
      return katakana;
    case "number":
      return fc.integer({ min: q.min ?? -1000, max: q.max ?? 1000 });
    case "date":
      return isoDate;
    case "boolean":
      return fc.boolean();
    case "choice":
      return fc.constantFrom(...options);
    case "multi":
      return fc.subarray(options);
    case "address":
      return address;
    case "notice":
      return fc.constant(true);
    default:
      return fc.constant(null);
  }
}

/** Where a clerk's screen may send an answer: each question, each group's count and item questions. */
function targets(bundle: Bundle): { path: string; good: fc.Arbitrary<unknown> }[] {
  return bundle.questions.flatMap((q) => {
    if (q.kind !== "group") return [{ path: q.key, good: goodValue(q) }];
    const max = q.maxItems ?? answerLimits.defaultMaxItems;
    const count = { path: q.key, good: fc.integer({ min: q.minItems ?? 0, max }) };
    const items = (q.questions ?? []).map((item) => ({
      path: item.key,
      group: q.key,
      good: goodValue(item),
    }));
    return [
      count,
      ...items.flatMap((item) =>
        [0, 1, max - 1].map((i) => ({ path: `${item.group}.${i}.${item.path}`, good: item.good })),
      ),
    ];
  });
}

/** An answer as a client might send it: mostly right, sometimes wrong path or wrong value. */
function answerOp(bundle: Bundle): fc.Arbitrary<{ path: string; value: unknown }> {
  const known = targets(bundle);
  const right = fc.constantFrom(...known).chain((t) => t.good.map((value) => ({ path: t.path, value })));
  const badPath = fc.oneof(
    fc.constantFrom(
      "constructor",
      "prototype",
      "__proto__",
      "toString",
      "members.__proto__",
      "members.0.constructor",
      "members.12.name",
      "members.9999.name",
      "applicant.__proto__.polluted",
      "applicant",
      "members.0",
      "moveDate.year",
    ),
    fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,8}(\.([A-Za-z][A-Za-z0-9_]{0,8}|\d{1,2})){0,3}$/),
  );
  return fc.oneof(
    { weight: 6, arbitrary: right },
    {
      weight: 2,
      arbitrary: fc.record({ path: fc.constantFrom(...known.map((t) => t.path)), value: hostile }),
    },
    { weight: 2, arbitrary: fc.record({ path: badPath, value: fc.oneof(hostile, fc.constant(null)) }) },
    {
      weight: 1,
      arbitrary: fc.record({ path: fc.constantFrom(...known.map((t) => t.path)), value: fc.constant(null) }),
    },
  );
}

describe("validateAnswerInput: only the flow's own answers, of the right type", () => {
  it.each(bundles)(
    "%s: accepts every question's well-formed answer, and the session stays in shape",
    (_, bundle) => {
      for (const target of targets(bundle)) {
        fc.assert(
          fc.property(target.good, (value) => {
            expect(validateAnswerInput(bundle, target.path, value)).toBeNull();
            const applied = applyAnswer(bundle, {}, target.path, value);
            expect(applied.ok).toBe(true);
            if (applied.ok) expect(validateStoredAnswers(bundle, applied.answers)).toEqual([]);
          }),
          { numRuns: 20 },
        );
      }
    },
  );

  it.each(bundles)(
    "%s: whatever is sent, every answer kept leaves the session inside the flow's shape",
    (_, bundle) => {
      fc.assert(
        fc.property(fc.array(answerOp(bundle), { maxLength: 40 }), (ops) => {
          let answers: Answers = {};
          for (const { path, value } of ops) {
            const applied = applyAnswer(bundle, answers, path, value);
            if (applied.ok) answers = applied.answers;
            else expect(applied.issue.message).toMatch(/[ぁ-んァ-ヶ一-龠]/);
          }
          expect(validateStoredAnswers(bundle, answers)).toEqual([]);
          // What is kept is plain JSON, as PostgreSQL's jsonb will give it back.
          expect(JSON.parse(JSON.stringify(answers))).toEqual(answers);
        }),
        { numRuns: 300 },
      );
    },
  );

  it("refuses prototype keys, unknown keys and paths through answers", () => {
    for (const path of [
      "constructor",
      "prototype",
      "__proto__",
      "toString",
      "hasOwnProperty",
      "members.constructor",
      "members.0.__proto__",
      "members.0.prototype",
      "applicant.constructor",
      "moveDate.length",
      "unknownQuestion",
      "members.0.name.first",
      "moveType.0",
      "",
      "members..name",
      "1members",
      "a".repeat(answerLimits.pathLength + 1),
    ]) {
      expect(validateAnswerInput(juminIdou, path, "x"), path).not.toBeNull();
    }
    expect(
      validateAnswerInput(juminIdou, "applicant", { name: "東雲 太郎", constructor: "x" }),
    ).toMatchObject({
      path: "applicant.constructor",
    });
    const withProto = JSON.parse('{"name":"東雲 太郎","__proto__":{"polluted":true}}');
    expect(validateAnswerInput(juminIdou, "applicant", withProto)).not.toBeNull();
    expect(validateAnswerInput(juminIdou, "members", [JSON.parse('{"__proto__":{"x":1}}')])).not.toBeNull();
  });

  it("refuses a group count past the flow's maximum before building anything", () => {
    for (const count of [13, 100_000, 1e9, 2 ** 53, Number.MAX_VALUE, -1, 1.5, 0, Number.NaN]) {
      const started = performance.now();
      const applied = applyAnswer(juminIdou, {}, "members", count);
      expect(performance.now() - started).toBeLessThan(50);
      expect(applied.ok, String(count)).toBe(false);
      if (!applied.ok)
        expect(applied.issue.message).toBe("「異動する方は何人ですか」: 1〜12の整数で入力してください。");
    }
    expect(applyAnswer(juminIdou, {}, "members", 12)).toMatchObject({ ok: true });
    const list = Array.from({ length: 13 }, () => ({}));
    expect(validateAnswerInput(juminIdou, "members", list)).not.toBeNull();
    expect(validateAnswerInput(juminIdou, "members.12.name", "東雲 太郎")?.message).toBe(
      "「異動する方は何人ですか」: 12件までです。",
    );
    expect(validateAnswerInput(juminIdou, "members.11.name", "東雲 太郎")).toBeNull();
    expect(validateAnswerInput(juminIdou, "members", [{ name: 1 }])?.path).toBe("members.0.name");
    expect(validateAnswerInput(juminIdou, "members", [null])?.path).toBe("members.0");
  });

  it("checks each value against its question's type", () => {
    const refused: [string, unknown][] = [
      ["moveType", {}],
      ["moveType", "nonexistent"],
      ["moveType", ["tennyu"]],
      ["moveDate", "2024-02-30"],
      ["moveDate", "令和6年4月1日"],
      ["moveDate", 20240401],
      ["fromAbroad", "true"],
      ["fromAbroad", 1],
      ["members.0.wantsResidenceCertificate", 11],
      ["members.0.wantsResidenceCertificate", Number.POSITIVE_INFINITY],
      ["members.0.wantsResidenceCertificate", "3"],
      ["members.0.handbooks", ["nonexistent"]],
      ["members.0.handbooks", { 0: "x" }],
      ["members.0.kana", "やまだ"],
      ["applicant.phone", "0".repeat(answerLimits.textLength + 1)],
      ["applicant.phone", "03-1234\u00005678"],
      ["applicant.name", "山田\uD800"],
      ["applicant.name", { first: "太郎" }],
      ["newAddress", { postalCode: "135-0061", prefecture: "東京都", city: "東雲市", town: "港町" }],
      [
        "newAddress",
        { postalCode: "135-0061", prefecture: "東京都", city: "東雲市", town: "港町", banchi: "1", x: "y" },
      ],
      [
        "newAddress",
        { postalCode: "135-0061", prefecture: "東京都", city: "東雲市", town: "港町", banchi: 1 },
      ],
      ["childAllowanceClaimant", 12],
    ];
    for (const [path, value] of refused) {
      const issue = validateAnswerInput(juminIdou, path, value);
      expect(issue, `${path} ${JSON.stringify(value)}`).not.toBeNull();
      expect(issue?.message).toMatch(/[ぁ-んァ-ヶ一-龠]/);
    }
    const accepted: [string, unknown][] = [
      ["moveType", "tennyu"],
      ["moveDate", "2024-02-29"],
      ["fromAbroad", false],
      ["members.0.wantsResidenceCertificate", 10],
      ["members.0.handbooks", []],
      ["members.0.kana", "ヤマダ　タロウ"],
      ["applicant", { name: "東雲 太郎", phone: "03-1234-5678" }],
      [
        "newAddress",
        { postalCode: "135-0061", prefecture: "東京都", city: "東雲市", town: "港町", banchi: "1" },
      ],
      ["childAllowanceClaimant", 0],
      ["moveDate", null],
      ["members", [{ name: "東雲 太郎" }, {}]],
    ];
    for (const [path, value] of accepted) {
      expect(validateAnswerInput(juminIdou, path, value), `${path} ${JSON.stringify(value)}`).toBeNull();
    }
  });

  it("refuses text with NUL or an unpaired surrogate anywhere, and keeps paired ones", () => {
    fc.assert(
      fc.property(unstorable, (text) => {
        expect(validateAnswerInput(juminIdou, "applicant.name", text)).not.toBeNull();
        expect(
          validateAnswerInput(okuyami, "deceased.address", { ...baseAddress, banchi: text }),
        ).not.toBeNull();
      }),
    );
    expect(validateAnswerInput(juminIdou, "applicant.name", "𠮷野 太郎 😀")).toBeNull();
  });

  it("limits a whole session's size", () => {
    const wide = parseBundle({
      schemaVersion: 1,
      flow: { key: "wide", kind: "shoumei", title: "広い", referenceDate: null },
      departments: [],
      questions: [
        {
          id: "g",
          key: "people",
          kind: "group",
          label: "人数",
          questions: ["a", "b", "c"].map((key) => ({ id: key, key, kind: "text", label: key })),
        },
      ],
      procedures: [],
      forms: [],
    });
    const long = "東".repeat(answerLimits.textLength);
    let answers: Answers = {};
    let refused = null;
    for (let i = 0; i < answerLimits.defaultMaxItems && !refused; i++) {
      for (const key of ["a", "b", "c"]) {
        const applied = applyAnswer(wide, answers, `people.${i}.${key}`, long);
        if (applied.ok) answers = applied.answers;
        else refused ??= applied.issue;
      }
    }
    expect(refused?.message).toContain("この受付の回答が大きすぎるため保存できません");
    expect(JSON.stringify(answers).length).toBeLessThanOrEqual(answerLimits.sessionChars);
    expect(validateStoredAnswers(wide, answers)).toEqual([]);
    // No group maximum in the flow: the default one holds; a flow's own maximum is capped too.
    expect(validateAnswerInput(wide, "people", answerLimits.defaultMaxItems + 1)).not.toBeNull();
    const huge = parseBundle({ ...wide, questions: [{ ...wide.questions[0], maxItems: 1e9 }] });
    expect(validateAnswerInput(huge, "people", 1e9)).not.toBeNull();
    expect(validateAnswerInput(huge, "people", answerLimits.itemsCap)).toBeNull();
    const tooBig = { ...answers, people: [...(answers.people as object[]), { a: long }] };
    expect(validateStoredAnswers(wide, tooBig).map((i) => i.path)).toEqual([""]);
  });

  it("reports, for a stored session, every answer outside the shape and never throws", () => {
    expect(
      validateStoredAnswers(juminIdou, {
        moveType: {},
        constructor: "x",
        members: [{ name: "東雲 太郎", bogus: 1 }],
        applicant: { name: "東雲 花子" },
      }).map((i) => i.path),
    ).toEqual(["moveType", "constructor", "members.0.bogus"]);
    expect(validateStoredAnswers(juminIdou, { members: 100_000 })).toHaveLength(1);
    expect(validateStoredAnswers(juminIdou, [])).toHaveLength(1);
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.jsonValue())), (answers) => {
        expect(Array.isArray(validateStoredAnswers(juminIdou, answers))).toBe(true);
      }),
    );
  });
});

const baseAddress = {
  postalCode: "135-0061",
  prefecture: "東京都",
  city: "東雲市",
  town: "港町",
  banchi: "1",
};
