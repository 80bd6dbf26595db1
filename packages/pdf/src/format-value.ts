import { type FormField, formatWareki, warekiParts } from "@kakanai/engine";

/**
 * The text a field prints for a value. Part selectors use `option` for formats whose base PDF splits
 * one answer over several boxes: postal "head"/"tail" (〒123－4567), phone "area"/"local"/"line"
 * (（03）1234－5678), mirroring how paper forms pre-print the separators.
 */
export function formatValue(value: unknown, field: Pick<FormField, "format" | "option" | "text">): string {
  if (field.format === "fixed") return field.text ?? "";
  if (value === undefined || value === null || value === "") return "";
  switch (field.format) {
    case "wareki":
      return formatWareki(String(value));
    case "wareki-era":
      return warekiParts(String(value)).era;
    case "wareki-year":
      return warekiParts(String(value)).yearLabel;
    case "month":
      return String(warekiParts(String(value)).month);
    case "day":
      return String(warekiParts(String(value)).day);
    case "kana":
      return toKatakana(plain(value));
    case "fullwidth":
      return toFullwidth(plain(value));
    case "halfwidth":
      return toHalfwidth(plain(value));
    case "postal":
      return postal(plain(postalCodeOf(value)), field.option);
    case "phone":
      return phone(plain(value), field.option);
    default:
      return field.option === "street" ? street(value) : plain(value);
  }
}

/** An address prints its 〒 from its postalCode part. */
function postalCodeOf(value: unknown): unknown {
  return typeof value === "object" && value !== null && "postalCode" in value
    ? (value as { postalCode?: unknown }).postalCode
    : value;
}

/** 町名・番地・建物 only, after a pre-printed 東雲市: a form's `option: "street"` on an address. */
function street(value: unknown): string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return plain(value);
  const o = value as Record<string, unknown>;
  const line = [o.town, o.banchi].map(plain).join("");
  return o.building ? `${line}　${plain(o.building)}` : line;
}

/** Plain text for any answer: addresses and names joined, lists with 、, booleans as はい/いいえ. */
export function plain(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "boolean") return value ? "はい" : "いいえ";
  if (Array.isArray(value)) return value.map(plain).filter(Boolean).join("、");
  if (typeof value === "object") {
    const o = value as Record<string, unknown>;
    if ("city" in o || "town" in o) {
      const line = [o.prefecture, o.city, o.town, o.banchi].map(plain).join("");
      return o.building ? `${line}　${plain(o.building)}` : line;
    }
    if ("name" in o) return plain(o.name);
    return "";
  }
  return String(value);
}

function toKatakana(s: string): string {
  return s.normalize("NFKC").replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

function toFullwidth(s: string): string {
  return s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, "\u3000");
}

function toHalfwidth(s: string): string {
  return s.replace(/[！-～]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

function postal(s: string, part?: string): string {
  const d = toHalfwidth(s).replace(/\D/g, "");
  if (part === "head") return d.slice(0, 3);
  if (part === "tail") return d.slice(3);
  return d.length === 7 ? `〒${d.slice(0, 3)}-${d.slice(3)}` : s;
}

function phone(s: string, part?: string): string {
  const parts = phoneParts(toHalfwidth(s));
  if (!parts) return part ? (part === "area" ? s : "") : s;
  if (part === "area") return parts[0];
  if (part === "local") return parts[1];
  if (part === "line") return parts[2];
  return parts.join("-");
}

/** Splits a Japanese number: as written when hyphenated; else mobile/IP 3-4-4, 03/06 2-4-4, else 3-3-4. */
function phoneParts(s: string): [string, string, string] | null {
  const written = s.split(/[-‐－ー()（）\s]+/).filter(Boolean);
  if (written.length === 3) return [written[0] ?? "", written[1] ?? "", written[2] ?? ""];
  const d = s.replace(/\D/g, "");
  if (d.length === 11) return [d.slice(0, 3), d.slice(3, 7), d.slice(7)];
  if (d.length === 10 && /^0[36]/.test(d)) return [d.slice(0, 2), d.slice(2, 6), d.slice(6)];
  if (d.length === 10) return [d.slice(0, 3), d.slice(3, 6), d.slice(6)];
  return null;
}
