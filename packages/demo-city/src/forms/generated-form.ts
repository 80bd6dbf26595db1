import type { FormDef, FormField } from "@kakanai/engine";
import { field } from "./field";

const LEFT_MM = 15;
const WIDTH_MM = 180;
const LABEL_MM = 34;
const ROW_MM = 9;
const TABLE_HEAD_MM = 7;
const TABLE_ROW_MM = 11;
const KANA_MM = 4;
/** Lowest point the content may reach on A4 portrait, leaving the office-use strip room. */
const BOTTOM_MM = 287;
const OFFICE_STRIP_MM = 26;

/** What a value cell prints: an answer path or expression with its format; empty = written by hand. */
export type CellValue = Omit<
  Partial<FormField>,
  "name" | "xMm" | "yMm" | "widthMm" | "heightMm" | "pageIndex" | "row"
>;

/** One row of a generated form: a shaded label and its value, or several label/value pairs side by side. */
export type GeneratedRow = { label: string; value?: CellValue; heightMm?: number }[];

/** A person table: one row per member (`members.$row…`), header labels on top. */
export interface GeneratedTable {
  rows: number;
  /** Widths are relative; the table always spans the page. `kana` prints small above `value`. */
  columns: { label: string; widthMm: number; value?: CellValue; kana?: CellValue }[];
}

export type GeneratedSection = { heading: string } & (
  | { rows: GeneratedRow[]; table?: undefined }
  | { table: GeneratedTable; rows?: undefined }
);

/**
 * A clean A4 form drawn from its definition alone (no base PDF): title, addressee, 届出日, then
 * sections of shaded label cells and framed value cells (or a person table continued on further
 * sheets), and an office-use strip. Throws when the sections do not fit on one page, so a demo
 * definition that grew too long fails at load rather than printing off the paper.
 */
export function generatedForm(
  def: Pick<FormDef, "key" | "title" | "departmentKey">,
  sections: GeneratedSection[],
): FormDef {
  const fields: FormField[] = [...header(def.title)];
  let y = 40;
  let rowsPerSheet: number | undefined;
  sections.forEach((section, s) => {
    fields.push(plainText(`note.section${s}`, `■ ${section.heading}`, { yMm: y, widthMm: WIDTH_MM }, 11));
    y += 8;
    if (section.table) {
      rowsPerSheet = section.table.rows;
      y = tableFields(`s${s}`, section.table, y, fields);
    } else {
      section.rows.forEach((row, r) => {
        y = rowFields(`s${s}r${r}`, row, y, fields);
      });
    }
    y += 5;
  });
  if (y + OFFICE_STRIP_MM > BOTTOM_MM)
    throw new Error(`${def.key} ${def.title}: 項目が多すぎて1ページに収まりません (${Math.round(y)}mm)`);
  fields.push(...officeStrip(y));
  return { ...def, pageCount: 1, orientation: "portrait", ...(rowsPerSheet ? { rowsPerSheet } : {}), fields };
}

function header(title: string): FormField[] {
  return [
    plainText("title", title, { yMm: 14, widthMm: WIDTH_MM, heightMm: 12 }, 18),
    plainText("note.to", "（あて先）東雲市長", { yMm: 28, widthMm: 80 }, 10),
    label("filedOn.label", "届出日", { xMm: 125, yMm: 28, widthMm: 22, heightMm: 7 }, 10),
    field({
      name: "filedOn",
      path: "filedOn",
      format: "wareki",
      xMm: 147,
      yMm: 28,
      widthMm: 48,
      heightMm: 7,
    }),
  ];
}

function rowFields(id: string, row: GeneratedRow, y: number, out: FormField[]): number {
  const h = Math.max(...row.map((c) => c.heightMm ?? ROW_MM));
  const cellMm = WIDTH_MM / row.length;
  row.forEach((cell, c) => {
    const x = LEFT_MM + c * cellMm;
    const labelMm = row.length === 1 ? LABEL_MM : Math.min(LABEL_MM, cellMm * 0.4);
    out.push(label(`${id}c${c}.label`, cell.label, { xMm: x, yMm: y, widthMm: labelMm, heightMm: h }));
    out.push(
      field({
        fontSizePt: 11,
        ...cell.value,
        name: `${id}c${c}`,
        xMm: x + labelMm,
        yMm: y,
        widthMm: cellMm - labelMm,
        heightMm: h,
      }),
    );
  });
  return y + h;
}

function tableFields(id: string, table: GeneratedTable, top: number, out: FormField[]): number {
  const scale = WIDTH_MM / table.columns.reduce((sum, c) => sum + c.widthMm, 0);
  let x = LEFT_MM;
  const columns = table.columns.map((c) => {
    const placed = { ...c, xMm: x, widthMm: c.widthMm * scale };
    x += placed.widthMm;
    return placed;
  });
  columns.forEach((c, i) => {
    out.push(
      label(`${id}h${i}`, c.label, { xMm: c.xMm, yMm: top, widthMm: c.widthMm, heightMm: TABLE_HEAD_MM }),
    );
  });
  let y = top + TABLE_HEAD_MM;
  for (let row = 0; row < table.rows; row++) {
    columns.forEach((c, i) => {
      const box = { xMm: c.xMm, widthMm: c.widthMm, row };
      if (c.kana)
        out.push(
          field({
            fontSizePt: 7,
            ...c.kana,
            ...box,
            name: `${id}r${row}c${i}.kana`,
            yMm: y,
            heightMm: KANA_MM,
          }),
        );
      const valueTop = c.kana ? y + KANA_MM : y;
      out.push(
        field({
          fontSizePt: 10,
          ...c.value,
          ...box,
          name: `${id}r${row}c${i}`,
          yMm: valueTop,
          heightMm: y + TABLE_ROW_MM - valueTop,
        }),
      );
    });
    y += TABLE_ROW_MM;
  }
  return y;
}

function officeStrip(y: number): FormField[] {
  const out = [plainText("note.office", "以下は職員記入欄", { yMm: y + 4, widthMm: 60, heightMm: 6 }, 8)];
  ["受付", "審査", "入力", "決裁"].forEach((text, i) => {
    const x = LEFT_MM + i * 45;
    out.push(label(`office${i}.label`, text, { xMm: x, yMm: y + 10, widthMm: 15, heightMm: 12 }));
    out.push(field({ name: `office${i}`, xMm: x + 15, yMm: y + 10, widthMm: 30, heightMm: 12 }));
  });
  return out;
}

/** A shaded label cell (a `fixed` field not named title/note). */
function label(
  name: string,
  text: string,
  box: Pick<FormField, "xMm" | "yMm" | "widthMm" | "heightMm">,
  fontSizePt = 9,
): FormField {
  return field({ name, format: "fixed", text, fontSizePt, ...box });
}

/** Unframed text: the title and notes (fieldSchemas draws no cell for names starting title/note). */
function plainText(
  name: string,
  text: string,
  box: { yMm: number; widthMm: number; heightMm?: number },
  fontSizePt: number,
): FormField {
  return field({ name, format: "fixed", text, fontSizePt, xMm: LEFT_MM, heightMm: 7, ...box });
}
