import { type Answers, type ChoiceOption, getAnswer, type InterviewStep } from "@kakanai/engine";
import { ADDRESS_PARTS, safeWareki } from "./draft";

/*
 * How an answer reads back to a person, the same at the counter (review) and in the studio's
 * interview preview: 和暦, はい/いいえ, choice labels, a picked member's name.
 */

/**
 * How the counter names one person of a group or of the flow (a household member, the baby): their
 * `name`, or 「世帯員 n」 (1-based) when it is blank, so a half-filled household still reads clearly.
 */
export function personName(item: unknown, index: number): string {
  const name = item && typeof item === "object" ? (item as Record<string, unknown>).name : undefined;
  const trimmed = typeof name === "string" ? name.trim() : "";
  return trimmed || `世帯員 ${index + 1}`;
}

/**
 * Choices drawn from a group's items (「児童手当を請求する方」 picks one of the household): the clerk
 * picks a name (「世帯員 n」 while it is blank), the answer stores the member's index.
 */
export function itemOptions(answers: Answers, step: InterviewStep): ChoiceOption[] | undefined {
  const from = "optionsFrom" in step.question ? step.question.optionsFrom : undefined;
  if (!from) return undefined;
  const items = getAnswer(answers, from);
  if (!Array.isArray(items)) return [];
  return items.map((item, i) => ({ value: String(i), label: personName(item, i) }));
}

/**
 * The label of an answer that is an index into a group's items (see itemOptions): the member's name,
 * 「世帯員 n」 when the name is blank or the member is gone; undefined when the step is no such pick.
 */
export function pickedItemLabel(answers: Answers, step: InterviewStep, value: unknown): string | undefined {
  const options = itemOptions(answers, step);
  if (!options) return undefined;
  const index = typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN;
  if (!Number.isInteger(index) || index < 0) return String(value);
  return options.find((o) => o.value === String(index))?.label ?? personName(undefined, index);
}

/**
 * An answer as the clerk reads it back to the resident: 和暦, はい/いいえ, option labels, and the
 * member's name for a question that picks a member (`optionsFrom`), looked up in `answers`.
 */
export function formatAnswer(step: InterviewStep, value: unknown, answers: Answers): string {
  if (value === null || value === undefined || value === "") return "（未回答）";
  if (step.isCount) return `${Array.isArray(value) ? value.length : String(value)} 人`;
  const picked = pickedItemLabel(answers, step, value);
  if (picked !== undefined) return picked;
  const q = step.question;
  const label = (v: unknown) => q.options?.find((o) => o.value === v)?.label ?? String(v);
  switch (q.kind) {
    case "date":
      return typeof value === "string" ? safeWareki(value) : String(value);
    case "boolean":
      return value === true ? "はい" : value === false ? "いいえ" : String(value);
    case "choice":
      return label(value);
    case "multi":
      return Array.isArray(value) ? (value.length ? value.map(label).join("、") : "（なし）") : String(value);
    case "address": {
      const a = (value ?? {}) as Record<string, unknown>;
      const postal = a.postalCode ? `〒${String(a.postalCode)} ` : "";
      return (
        postal +
        ADDRESS_PARTS.filter((p) => p !== "postalCode" && a[p])
          .map((p) => String(a[p]))
          .join(" ")
      );
    }
    case "notice":
      return "説明済み";
    default:
      return String(value);
  }
}
