import { describe, expect, it } from "vitest";
import { applyAnswer } from "./answer-shape";
import { bundle as bundleSchema } from "./bundle";
import { futureBirthDateMessage } from "./future-birth-date";
import { validateAnswer } from "./validate-answer";

const TODAY = "2026-12-01";

const birth = bundleSchema.parse({
  schemaVersion: 1,
  flow: { key: "b", kind: "shussei", title: "出生", referenceDate: { var: "baby.birthDate" } },
  departments: [],
  questions: [
    { id: "1", key: "baby.birthDate", kind: "date", label: "生まれた日" },
    { id: "2", key: "moveDate", kind: "date", label: "異動日" },
    {
      id: "3",
      key: "members",
      kind: "group",
      label: "世帯員",
      questions: [{ id: "3a", key: "birthDate", kind: "date", label: "生年月日" }],
    },
  ],
  procedures: [],
  forms: [],
});

const step = (path: string) => ({
  path,
  question: { id: path, key: path, kind: "date" as const, label: "日", required: true },
});

describe("a date of birth after today", () => {
  it("is refused at the counter's screen with a Japanese message, today and earlier are accepted", () => {
    expect(validateAnswer(step("baby.birthDate"), "2026-12-02", { today: TODAY })).toBe(
      futureBirthDateMessage,
    );
    expect(futureBirthDateMessage).toMatch(/^生年月日に今日より後の日付は入力できません/);
    expect(validateAnswer(step("members.0.birthDate"), "2030-01-01", { today: TODAY })).toBe(
      futureBirthDateMessage,
    );
    expect(validateAnswer(step("baby.birthDate"), TODAY, { today: TODAY })).toBeNull();
    expect(validateAnswer(step("baby.birthDate"), "2026-11-30", { today: TODAY })).toBeNull();
  });

  it("leaves other dates alone (a move date may be planned ahead) and needs today to be given", () => {
    expect(validateAnswer(step("moveDate"), "2027-01-01", { today: TODAY })).toBeNull();
    // Without today the answer's validity never depends on the day it is read (flow tests, effective answers).
    expect(validateAnswer(step("baby.birthDate"), "2099-01-01")).toBeNull();
  });

  it("is refused on the server too, also inside a whole person or list", () => {
    const refused = applyAnswer(birth, {}, "baby.birthDate", "2026-12-02", { today: TODAY });
    expect(refused).toEqual({
      ok: false,
      issue: { path: "baby.birthDate", message: futureBirthDateMessage },
    });
    const inList = applyAnswer(
      birth,
      {},
      "members",
      [{ birthDate: "1990-01-01" }, { birthDate: "2027-05-05" }],
      {
        today: TODAY,
      },
    );
    expect(inList).toEqual({
      ok: false,
      issue: { path: "members.1.birthDate", message: futureBirthDateMessage },
    });
    expect(applyAnswer(birth, {}, "baby.birthDate", TODAY, { today: TODAY })).toMatchObject({ ok: true });
    expect(applyAnswer(birth, {}, "moveDate", "2027-01-01", { today: TODAY })).toMatchObject({ ok: true });
  });
});
