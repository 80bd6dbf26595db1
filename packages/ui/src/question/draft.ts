import type { QuestionKind } from "@kakanai/engine";
import { formatWareki, japanToday, parseWareki } from "@kakanai/engine";

/**
 * What an input holds while the clerk types (always text or lists of text), and its conversion to
 * and from the stored answer. Kept apart from the answer so a half-typed date or number is never
 * lost and never saved.
 */
export type Draft = string | string[] | Record<string, string>;

export const ADDRESS_PARTS = ["postalCode", "prefecture", "city", "town", "banchi", "building"] as const;
export type AddressPart = (typeof ADDRESS_PARTS)[number];

/** The step's kind, with the count step of a group treated as its own kind. */
export type InputKind = QuestionKind | "count";

export function toDraft(kind: InputKind, value: unknown): Draft {
  switch (kind) {
    case "multi":
      return Array.isArray(value) ? value.map(String) : [];
    case "address": {
      const v = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
      return Object.fromEntries(
        ADDRESS_PARTS.map((p) => [p, typeof v[p] === "string" ? (v[p] as string) : ""]),
      );
    }
    case "boolean":
      return value === true ? "true" : value === false ? "false" : "";
    case "date":
      return typeof value === "string" && value ? safeWareki(value) : "";
    case "count":
      // A group's answer is its list of items; the count step edits its length.
      return Array.isArray(value) ? String(value.length) : value == null ? "" : String(value);
    default:
      return value === null || value === undefined ? "" : String(value);
  }
}

/** What a question without an answer starts with: today for a date its author marked so (請求日). */
export function defaultAnswer(question: { kind: QuestionKind; defaultToday?: boolean }): string | undefined {
  return question.kind === "date" && question.defaultToday ? japanToday() : undefined;
}

export type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

/** Draft → answer value. Empty → null (no answer); the caller decides whether that is allowed. */
export function fromDraft(kind: InputKind, draft: Draft): Parsed {
  // Nothing checked is an answer (「なし」), not a missing one: the engine accepts an empty list.
  if (kind === "multi") return { ok: true, value: Array.isArray(draft) ? draft : [] };
  if (kind === "address") return addressFromDraft(draft as Record<string, string>);
  const text = typeof draft === "string" ? draft.trim() : "";
  if (kind === "notice") return { ok: true, value: true };
  if (!text) return { ok: true, value: null };
  switch (kind) {
    case "boolean":
      return { ok: true, value: text === "true" };
    case "number":
    case "count": {
      const n = Number(text.normalize("NFKC").replace(/[,，]/g, ""));
      if (!Number.isFinite(n)) return { ok: false, error: "数字で入力してください（例：2）。" };
      if (kind === "count" && !Number.isInteger(n))
        return { ok: false, error: "人数は整数で入力してください。" };
      return { ok: true, value: n };
    }
    case "date": {
      const iso = parseWareki(text);
      return iso
        ? { ok: true, value: iso }
        : {
            ok: false,
            error:
              "日付として読み取れません。「R6.4.1」「令和6年4月1日」「2024-04-01」のように入力してください。",
          };
    }
    case "kana":
      return { ok: true, value: toKatakana(text) };
    default:
      return { ok: true, value: text };
  }
}

function addressFromDraft(draft: Record<string, string>): Parsed {
  const entries = ADDRESS_PARTS.map((p) => [p, (draft[p] ?? "").trim()] as const).filter(([, v]) => v);
  if (entries.length === 0) return { ok: true, value: null };
  const value: Record<string, string> = Object.fromEntries(entries);
  if (value.postalCode) value.postalCode = normalizePostal(value.postalCode);
  return { ok: true, value };
}

/** 〒 123-4567 / １２３４５６７ → 123-4567. */
export function normalizePostal(text: string): string {
  const digits = text.normalize("NFKC").replace(/\D/g, "");
  return digits.length === 7 ? `${digits.slice(0, 3)}-${digits.slice(3)}` : text.trim();
}

/** Half-width kana and ひらがな typed by habit become 全角カタカナ (what the forms require). */
export function toKatakana(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
    .replace(/ /g, "　");
}

export function safeWareki(iso: string): string {
  try {
    return formatWareki(iso);
  } catch {
    return iso;
  }
}
