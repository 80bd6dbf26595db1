import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyAnswer, validateStoredAnswers } from "./answer-shape";
import { type BundleInput, bundle as bundleSchema, type ItemQuestion } from "./bundle";
import { dateBoundMessages, effectiveDateBound } from "./date-bound";
import { addDays, japanToday } from "./dates";
import { validateAnswer } from "./validate-answer";

const TODAY = "2026-12-01";

/** A flow a department admin built: keys of their own choosing, the bound set by them. */
const authored = bundleSchema.parse({
  schemaVersion: 1,
  flow: { key: "k", kind: "okuyami", title: "届出", referenceDate: { var: "todokede.date" } },
  departments: [],
  questions: [
    {
      id: "1",
      key: "shinseisha.seinengappi",
      kind: "date",
      label: "申請者の生年月日",
      dateBound: "notFuture",
    },
    { id: "2", key: "tennyu.yoteibi", kind: "date", label: "転入予定日", dateBound: "notPast" },
    { id: "3", key: "todokede.date", kind: "date", label: "届出日" },
    {
      id: "4",
      key: "kazoku",
      kind: "group",
      label: "家族",
      questions: [{ id: "4a", key: "shiboubi", kind: "date", label: "死亡日", dateBound: "notFuture" }],
    },
  ],
  procedures: [],
  forms: [],
} satisfies BundleInput);

const step = (question: ItemQuestion, path = question.key) => ({ path, question, required: true });
const dateQuestion = (key: string, dateBound?: "notFuture" | "notPast" | "none"): ItemQuestion => ({
  id: key,
  key,
  kind: "date",
  label: "日付",
  required: true,
  ...(dateBound && { dateBound }),
});

/** A day within ten years of today, as an offset and its date. */
const aroundToday = fc
  .integer({ min: -3650, max: 3650 })
  .map((offset) => ({ offset, day: addDays(TODAY, offset) }));

describe("a date question's bound", () => {
  it("未来不可 refuses exactly the days after today, on the screen and on the server", () => {
    const q = dateQuestion("shinseisha.seinengappi", "notFuture");
    fc.assert(
      fc.property(aroundToday, ({ offset, day }) => {
        const expected = offset > 0 ? dateBoundMessages.notFuture : null;
        expect(validateAnswer(step(q), day, { today: TODAY })).toBe(expected);
        const stored = applyAnswer(authored, {}, "shinseisha.seinengappi", day, { today: TODAY });
        expect(stored.ok).toBe(offset <= 0);
        if (!stored.ok) expect(stored.issue.message).toContain(dateBoundMessages.notFuture);
      }),
    );
  });

  it("過去不可 refuses exactly the days before today, on the screen and on the server", () => {
    const q = dateQuestion("tennyu.yoteibi", "notPast");
    fc.assert(
      fc.property(aroundToday, ({ offset, day }) => {
        const expected = offset < 0 ? dateBoundMessages.notPast : null;
        expect(validateAnswer(step(q), day, { today: TODAY })).toBe(expected);
        expect(applyAnswer(authored, {}, "tennyu.yoteibi", day, { today: TODAY }).ok).toBe(offset >= 0);
      }),
    );
  });

  it("holds around the real day in Japan too (the day the counter and the server use)", () => {
    const today = japanToday();
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (offset) => {
        const day = addDays(today, offset);
        const future = validateAnswer(step(dateQuestion("a", "notFuture")), day, { today });
        const past = validateAnswer(step(dateQuestion("a", "notPast")), day, { today });
        expect(future === null).toBe(offset <= 0);
        expect(past === null).toBe(offset >= 0);
      }),
    );
  });

  it("leaves a date without a bound alone, and needs today to be given", () => {
    expect(validateAnswer(step(dateQuestion("todokede.date")), "2099-01-01", { today: TODAY })).toBeNull();
    expect(applyAnswer(authored, {}, "todokede.date", "1900-01-01", { today: TODAY }).ok).toBe(true);
    // Without today the answer's validity never depends on the day it is read (flow tests, effective answers).
    expect(validateAnswer(step(dateQuestion("x", "notFuture")), "2099-01-01")).toBeNull();
    expect(applyAnswer(authored, {}, "shinseisha.seinengappi", "2099-01-01").ok).toBe(true);
  });

  it("is checked inside a group's list and in a whole stored pre-application, naming the item", () => {
    const list = [{ shiboubi: "2020-01-01" }, { shiboubi: addDays(TODAY, 1) }];
    const refused = applyAnswer(authored, {}, "kazoku", list, { today: TODAY });
    expect(refused).toEqual({
      ok: false,
      issue: { path: "kazoku.1.shiboubi", message: `「死亡日」: ${dateBoundMessages.notFuture}` },
    });
    const answers = { kazoku: list, tennyu: { yoteibi: addDays(TODAY, -1) } };
    expect(validateStoredAnswers(authored, answers, { today: TODAY }).map((i) => i.path)).toEqual([
      "kazoku.1.shiboubi",
      "tennyu.yoteibi",
    ]);
    expect(validateStoredAnswers(authored, answers)).toEqual([]);
  });
});

describe("questions keyed birthDate in bundles published before the setting", () => {
  it("are still refused in the future without saying so, unless the author chose 制限なし", () => {
    for (const key of ["birthDate", "baby.birthDate", "deceased.birthDate"]) {
      expect(effectiveDateBound(dateQuestion(key))).toBe("notFuture");
      expect(
        validateAnswer(step(dateQuestion(key), `members.0.${key}`), "2026-12-02", { today: TODAY }),
      ).toBe(dateBoundMessages.notFuture);
    }
    expect(effectiveDateBound(dateQuestion("birthDate", "none"))).toBeNull();
    expect(effectiveDateBound(dateQuestion("birthDate", "notPast"))).toBe("notPast");
    expect(effectiveDateBound(dateQuestion("birthDateNote"))).toBeNull();
    expect(effectiveDateBound({ ...dateQuestion("birthDate"), kind: "text" })).toBeNull();
  });
});
