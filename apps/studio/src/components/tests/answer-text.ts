import {
  type Answers,
  type Bundle,
  type Determination,
  flowPersons,
  getAnswer,
  type InterviewStep,
} from "@kakanai/engine";
import { ADDRESS_PARTS, safeWareki } from "@kakanai/ui";

/** 「東雲 太郎」, or 「世帯員 2」 while the name is blank: how the preview names one person. */
export function personLabel(item: unknown, index: number): string {
  const name = item && typeof item === "object" ? (item as Record<string, unknown>).name : undefined;
  return typeof name === "string" && name.trim() ? name.trim() : `世帯員 ${index + 1}`;
}

/** Choices drawn from a group's items (optionsFrom): the member's index as value, the name as label. */
export function memberOptions(answers: Answers, step: InterviewStep) {
  const from = "optionsFrom" in step.question ? step.question.optionsFrom : undefined;
  if (!from) return undefined;
  const items = getAnswer(answers, from);
  return (Array.isArray(items) ? items : []).map((item, i) => ({
    value: String(i),
    label: personLabel(item, i),
  }));
}

/** An answer as a person reads it: 和暦, はい/いいえ, choice labels, a member's name, the address. */
export function answerText(step: InterviewStep, value: unknown, answers: Answers): string {
  if (value === null || value === undefined || value === "") return "（未回答）";
  if (step.isCount) return `${Array.isArray(value) ? value.length : String(value)} 人`;
  const picked = memberOptions(answers, step);
  if (picked) return picked.find((o) => o.value === String(value))?.label ?? String(value);
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
      const rest = ADDRESS_PARTS.filter((p) => p !== "postalCode" && a[p]).map((p) => String(a[p]));
      return postal + rest.join(" ");
    }
    case "notice":
      return "説明済み";
    default:
      return String(value);
  }
}

/** The people the determination's member indices point at, by name. */
export function memberNames(bundle: Bundle, answers: Answers, determination: Determination) {
  const data = { ...answers, on: determination.referenceDate };
  let items: unknown[] = [];
  try {
    items = flowPersons(bundle, data).items;
  } catch {
    items = [];
  }
  return (indices: number[]) => indices.map((i) => personLabel(items[i], i));
}
