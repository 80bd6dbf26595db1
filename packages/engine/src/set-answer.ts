import { getAnswer, putAnswer } from "./answer-path";
import type { Answers, Bundle } from "./bundle";

/**
 * Stores one answer immutably. `null`/undefined clears it. A number given for a group's count path
 * ("members" → 3) resizes the list, keeping the items already entered; a group is recognised by the
 * bundle, or without it by a list already stored at that path.
 */
export function setAnswer(answers: Answers, path: string, value: unknown, bundle?: Bundle): Answers {
  if (value === null || value === undefined) return putAnswer(answers, path, undefined);
  const current = getAnswer(answers, path);
  const isGroup =
    Array.isArray(current) || bundle?.questions.some((q) => q.kind === "group" && q.key === path);
  if (isGroup && typeof value === "number" && Number.isInteger(value) && value >= 0) {
    const items = Array.isArray(current) ? current : [];
    const resized = Array.from({ length: value }, (_unused, i) => items[i] ?? {});
    return putAnswer(answers, path, resized);
  }
  return putAnswer(answers, path, value);
}
