import type { AnswerIssue } from "./answer-shape";
import { isIsoDate } from "./dates";
import { isPlainObject } from "./json-logic/coerce";

/** The key a flow gives every date of birth (`birthDate`, `members.2.birthDate`, `baby.birthDate`). */
const BIRTH_DATE_KEY = "birthDate";

export const futureBirthDateMessage = "生年月日に今日より後の日付は入力できません。日付を確かめてください。";

/**
 * The message for a date of birth after `today` (YYYY-MM-DD in Japan), else null. Every flow stores
 * dates of birth under the key `birthDate`, so 出生's baby, 転入's members and おくやみ's deceased are
 * all checked without each flow saying so.
 */
export function futureBirthDate(key: string, value: unknown, today: string): string | null {
  const last = key.slice(key.lastIndexOf(".") + 1);
  if (last !== BIRTH_DATE_KEY || !isIsoDate(value) || !isIsoDate(today)) return null;
  return value > today ? futureBirthDateMessage : null;
}

/** The first date of birth after `today` anywhere in an answer stored at `path` (a whole person or list too). */
export function futureBirthDateIssue(path: string, value: unknown, today: string): AnswerIssue | null {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const issue = futureBirthDateIssue(`${path}.${i}`, item, today);
      if (issue) return issue;
    }
    return null;
  }
  if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const issue = futureBirthDateIssue(`${path}.${key}`, item, today);
      if (issue) return issue;
    }
    return null;
  }
  const message = futureBirthDate(path, value, today);
  return message ? { path, message } : null;
}
