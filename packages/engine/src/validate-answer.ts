import type { ItemQuestion, Question } from "./bundle";
import { dateBoundMessage } from "./date-bound";
import { isIsoDate } from "./dates";
import type { InterviewStep } from "./types";

const KATAKANA = /^[\u30A1-\u30FA\u30FC\u30FB\u3000 ]+$/;
const POSTAL_CODE = /^\d{3}-?\d{4}$/;
const ADDRESS_PARTS: [string, string][] = [
  ["prefecture", "都道府県"],
  ["city", "市区町村"],
  ["town", "町名"],
  ["banchi", "番地"],
];

/**
 * Checks one answer against its step, as the clerk types it. Returns a message in Japanese, or
 * null when the answer is acceptable. A missing answer (undefined/null) is 必須です only when the
 * step is required (step.required, set from requiredIf, else question.required); an optional
 * question is skipped with an empty value. With `today` (YYYY-MM-DD in Japan), a date on the side of
 * it the question's dateBound forbids is refused too; without it the answer's validity never depends on
 * the day it is read.
 */
export function validateAnswer(
  step: InterviewStep,
  value: unknown,
  options: { today?: string } = {},
): string | null {
  const q = step.question;
  const required = step.required ?? q.required;
  if (value === undefined || value === null) return required ? "必須です" : null;
  if (step.isCount) return validateCount(q as Question, value);
  if (typeof value === "string" && value.trim() === "" && q.kind !== "notice") {
    return required ? "必須です" : null;
  }
  const message = validators[q.kind]?.(q, value) ?? null;
  if (message || q.kind !== "date" || options.today === undefined) return message;
  return dateBoundMessage(q, value, options.today);
}

type Validator = (q: Question | ItemQuestion, value: unknown) => string | null;

const validators: Partial<Record<Question["kind"], Validator>> = {
  text: (_q, v) => (typeof v === "string" ? null : "文字で入力してください"),
  kana: (_q, v) => (typeof v === "string" && KATAKANA.test(v) ? null : "全角カタカナで入力してください"),
  number: (q, v) => validateNumber(v, q.min, q.max),
  date: (_q, v) => (isIsoDate(v) ? null : "日付の形式が正しくありません (例: 令和6年4月1日)"),
  boolean: (_q, v) => (typeof v === "boolean" ? null : "「はい」か「いいえ」を選んでください"),
  choice: (q, v) => (q.options?.some((o) => o.value === v) ? null : "選択肢から選んでください"),
  multi: (q, v) =>
    Array.isArray(v) && v.every((x) => q.options?.some((o) => o.value === x)) && new Set(v).size === v.length
      ? null
      : "選択肢から選んでください",
  address: (_q, v) => validateAddress(v),
  notice: (_q, v) => (v === true ? null : "内容を確認してください"),
};

function validateNumber(value: unknown, min: number | undefined, max: number | undefined): string | null {
  if (typeof value !== "number" || !Number.isFinite(value)) return rangeMessage(min, max);
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) return rangeMessage(min, max);
  return null;
}

function rangeMessage(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `${min}〜${max}の数を入力してください`;
  if (min !== undefined) return `${min}以上の数を入力してください`;
  if (max !== undefined) return `${max}以下の数を入力してください`;
  return "数を入力してください";
}

/** A group's count: the number typed, or the list already sized by it. */
function validateCount(group: Question, value: unknown): string | null {
  const count = Array.isArray(value) ? value.length : value;
  const min = group.minItems ?? 0;
  if (typeof count !== "number" || !Number.isInteger(count)) return rangeMessage(min, group.maxItems);
  return validateNumber(count, min, group.maxItems);
}

function validateAddress(value: unknown): string | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "住所を入力してください";
  const address = value as Record<string, unknown>;
  if (typeof address.postalCode !== "string" || !POSTAL_CODE.test(address.postalCode)) {
    return "郵便番号は7桁の数字で入力してください (例: 123-4567)";
  }
  for (const [key, label] of ADDRESS_PARTS) {
    const part = address[key];
    if (typeof part !== "string" || part.trim() === "") return `${label}を入力してください`;
  }
  return null;
}
