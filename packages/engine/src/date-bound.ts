import type { DateBound, ItemQuestion, Question } from "./bundle";
import { isIsoDate } from "./dates";

/**
 * Before a date question could say `dateBound`, the engine refused a future date for every date
 * question whose key ends in `birthDate` (`birthDate`, `baby.birthDate`, `deceased.birthDate`).
 * Published bundles are immutable, so the bundles of that time keep that meaning: a `birthDate`
 * date question without `dateBound` is still `notFuture`. An author who wants no bound on such a
 * question says `dateBound: "none"`; the studio shows the effective setting (`effectiveDateBound`).
 */
const BIRTH_DATE_KEY = "birthDate";

export const dateBoundMessages = {
  notFuture: "今日より後の日付は入力できません。日付を確かめてください。",
  notPast: "今日より前の日付は入力できません。日付を確かめてください。",
} as const satisfies Record<Exclude<DateBound, "none">, string>;

type DateQuestion = Pick<Question | ItemQuestion, "key" | "kind" | "dateBound">;

/** The bound the engine applies to this question's answers: its own setting, else the birthDate fallback. */
export function effectiveDateBound(question: DateQuestion): "notFuture" | "notPast" | null {
  if (question.kind !== "date") return null;
  const bound = question.dateBound ?? (lastSegment(question.key) === BIRTH_DATE_KEY ? "notFuture" : "none");
  return bound === "none" ? null : bound;
}

/**
 * The message for a date on the wrong side of `today` (YYYY-MM-DD in Japan) for this question, else
 * null. Today itself is always accepted: it is neither in the future nor in the past.
 */
export function dateBoundMessage(question: DateQuestion, value: unknown, today: string): string | null {
  const bound = effectiveDateBound(question);
  if (!bound || !isIsoDate(value) || !isIsoDate(today)) return null;
  if (bound === "notFuture") return value > today ? dateBoundMessages.notFuture : null;
  return value < today ? dateBoundMessages.notPast : null;
}

function lastSegment(key: string): string {
  return key.slice(key.lastIndexOf(".") + 1);
}
