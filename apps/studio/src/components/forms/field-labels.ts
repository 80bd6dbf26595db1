import { type FieldFormat, type FormField, sourceLabel } from "@kakanai/engine";

export type FieldType = FormField["type"];

/** What a department admin calls each kind of mark on their paper form. */
export const fieldTypeLabels: Record<FieldType, string> = {
  text: "文字",
  check: "チェック印（✓）",
  circle: "○で囲む",
  digits: "1文字ずつの枠",
  qr: "QRコード",
};

/** How a value is written, in the words of the 窓口; order is the order of the 書式 select. */
export const fieldFormatLabels: Record<FieldFormat, string> = {
  text: "そのまま",
  wareki: "和暦の日付（令和6年4月1日）",
  "wareki-era": "和暦の元号だけ（令和）",
  "wareki-year": "和暦の年だけ（6）",
  month: "月だけ（4）",
  day: "日だけ（1）",
  kana: "カタカナ（全角）",
  fullwidth: "全角にする",
  halfwidth: "半角にする",
  postal: "郵便番号（〒123-4567）",
  phone: "電話番号（090-1234-5678）",
  digits: "1文字ずつ枠に分ける",
  circle: "選択肢が一致したら○で囲む",
  check: "該当するとき印を付ける",
  fixed: "決まった文字を書く",
};

/** The format that fits a newly chosen type, so an admin rarely has to touch both. */
export const defaultFormatFor: Record<FieldType, FieldFormat> = {
  text: "text",
  check: "check",
  circle: "circle",
  digits: "digits",
  qr: "text",
};

export const formatNeedsOption = (format: FieldFormat) => format === "circle" || format === "check";

/** One line saying where a field's value comes from, for the field list: a question's label, not its key. */
export function sourceSummary(field: FormField, answerLabel?: (path: string) => string | undefined): string {
  if (field.format === "fixed") return `固定:「${field.text ?? ""}」`;
  if (field.source !== undefined) return sourceLabel(field.source);
  if (field.expr !== undefined) return "式";
  if (field.path) return answerLabel?.(field.path) ?? field.path;
  return "未設定";
}
