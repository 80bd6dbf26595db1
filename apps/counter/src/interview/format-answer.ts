import type { Answers, InterviewStep } from "@kakanai/engine";
import { ADDRESS_PARTS, safeWareki } from "@kakanai/ui";
import { pickedItemLabel } from "./engine-adapter";

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
