import type { FormField } from "@kakanai/engine";
import type { Schema } from "@pdfme/common";
import { formatValue } from "./format-value";
import { pdfSchema as s } from "./pdf-schema";

const CHECK_MARK = "✓";
const LABEL_FILL = "#eeeeee";
/** Formats that fill a pre-printed slot (令和[ ]年[ ]月) and read best centred in it. */
const SLOT_FORMATS = new Set(["wareki-era", "wareki-year", "month", "day"]);
const SLOT_OPTIONS = new Set(["head", "tail", "area", "local", "line"]);

/**
 * The pdfme schemas that print one field with its value. On a generated form (no base PDF) the field
 * also draws its own cell, so a form definition alone makes a clean printed form: `fixed` fields are
 * shaded label cells, value fields framed cells, check fields a □. Fixed fields named `title…` or
 * `note…` print as plain text (form title, footnotes).
 */
export function fieldSchemas(field: FormField, value: unknown, generated: boolean): Schema[] {
  const b = { xMm: field.xMm, yMm: field.yMm, widthMm: field.widthMm, heightMm: field.heightMm };
  const id = field.name;
  const out: Schema[] = [];
  const plainText = field.format === "fixed" && /^(title|note)/.test(field.name);
  if (generated && field.type !== "circle" && field.type !== "check" && !plainText)
    out.push(s.rect(`${id}#cell`, b, field.format === "fixed" ? { fill: LABEL_FILL } : {}));

  // A list (関係する課, 手帳の種類…) is matched item by item, never as its printed text.
  const raw = (format: string) => field.format === format || Array.isArray(value);
  if (field.type === "circle" || field.format === "circle") {
    if (matches(raw("circle") ? value : formatValue(value, field), field.option))
      out.push(s.ellipse(`${id}#circle`, b));
    return out;
  }
  if (field.type === "check" || field.format === "check") {
    const side = Math.min(b.widthMm, b.heightMm);
    const square = { xMm: b.xMm, yMm: b.yMm + (b.heightMm - side) / 2, widthMm: side, heightMm: side };
    if (generated) out.push(s.rect(`${id}#box`, square));
    const on = matches(raw("check") ? value : formatValue(value, field), field.option);
    if (on)
      out.push(
        s.text(`${id}#mark`, square, CHECK_MARK, { fontSizePt: side * 2.6, align: "center", bold: true }),
      );
    return out;
  }
  const text = formatValue(value, field);
  if (field.type === "qr") {
    if (text) out.push(s.qr(id, b, text));
    return out;
  }
  if (field.type === "digits" || field.format === "digits") {
    const count = field.digits ?? 1;
    const chars = [...text.replace(/[\s\-－〒]/g, "")];
    const w = b.widthMm / count;
    chars.slice(0, count).forEach((ch, i) => {
      out.push(
        s.text(`${id}#${i}`, { ...b, xMm: b.xMm + i * w, widthMm: w }, ch, {
          fontSizePt: field.fontSizePt,
          align: "center",
        }),
      );
    });
    // More characters than boxes is a data error; print the rest after the boxes rather than drop it.
    if (chars.length > count)
      out.push(
        s.text(`${id}#rest`, { ...b, xMm: b.xMm + b.widthMm, widthMm: 20 }, chars.slice(count).join(""), {
          fontSizePt: field.fontSizePt,
        }),
      );
    return out;
  }
  if (!text) return out;
  const inset = Math.min(0.8, b.widthMm / 10);
  const inner = { ...b, xMm: b.xMm + inset, widthMm: b.widthMm - 2 * inset };
  const title = plainText && field.name.startsWith("title");
  const slot = SLOT_FORMATS.has(field.format) || SLOT_OPTIONS.has(field.option ?? "");
  out.push(
    s.text(id, inner, text, {
      fontSizePt: field.fontSizePt,
      align: title || slot ? "center" : "left",
      bold: title,
    }),
  );
  return out;
}

/** A check or circle applies when the value equals the option, contains it (multi), or is truthy. */
function matches(value: unknown, option: string | undefined): boolean {
  if (Array.isArray(value)) return option !== undefined && value.map(String).includes(option);
  if (option === undefined)
    return (
      value === true ||
      (typeof value === "string" && value !== "" && value !== "false") ||
      (typeof value === "number" && value !== 0)
    );
  return value !== undefined && value !== null && String(value) === option;
}
