import type { FormDef, FormField } from "@kakanai/engine";
import { field } from "./field";

const LEFT_MM = 15;
const WIDTH_MM = 180;
const LABEL_MM = 38;
const ROW_MM = 10;

/** One row of a generated form: a shaded label and its value, or several label/value pairs side by side. */
export type GeneratedRow = {
  label: string;
  value: Omit<FormField, "name" | "xMm" | "yMm" | "widthMm" | "heightMm" | "type" | "pageIndex" | "format"> &
    Partial<FormField>;
  heightMm?: number;
}[];

/**
 * A clean A4 form drawn from its definition alone (no base PDF): title, addressee, 届出日, then rows
 * of shaded label cells and framed value cells, and an office-use strip. Used for the demo city's
 * forms that have no uploaded original.
 */
export function generatedForm(
  def: Pick<FormDef, "key" | "title" | "departmentKey">,
  sections: { heading: string; rows: GeneratedRow[] }[],
): FormDef {
  const fields: FormField[] = [
    field({
      name: "title",
      format: "fixed",
      text: def.title,
      xMm: LEFT_MM,
      yMm: 14,
      widthMm: WIDTH_MM,
      heightMm: 12,
      fontSizePt: 18,
    }),
    field({
      name: "note.to",
      format: "fixed",
      text: "（あて先）東雲市長",
      xMm: LEFT_MM,
      yMm: 28,
      widthMm: 80,
      heightMm: 6,
      fontSizePt: 10,
    }),
    field({
      name: "filedOn.label",
      format: "fixed",
      text: "届出日",
      xMm: 125,
      yMm: 28,
      widthMm: 22,
      heightMm: 7,
    }),
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
  let y = 40;
  sections.forEach((section, s) => {
    fields.push(
      field({
        name: `note.section${s}`,
        format: "fixed",
        text: `■ ${section.heading}`,
        xMm: LEFT_MM,
        yMm: y,
        widthMm: WIDTH_MM,
        heightMm: 7,
        fontSizePt: 11,
      }),
    );
    y += 8;
    section.rows.forEach((row, r) => {
      const h = Math.max(...row.map((c) => c.heightMm ?? ROW_MM));
      const cellMm = WIDTH_MM / row.length;
      row.forEach((cell, c) => {
        const x = LEFT_MM + c * cellMm;
        const labelMm = row.length === 1 ? LABEL_MM : Math.min(LABEL_MM, cellMm * 0.4);
        const id = `s${s}r${r}c${c}`;
        fields.push(
          field({
            name: `${id}.label`,
            format: "fixed",
            text: cell.label,
            xMm: x,
            yMm: y,
            widthMm: labelMm,
            heightMm: h,
            fontSizePt: 9,
          }),
        );
        fields.push(
          field({
            fontSizePt: 11,
            ...cell.value,
            name: id,
            xMm: x + labelMm,
            yMm: y,
            widthMm: cellMm - labelMm,
            heightMm: h,
          }),
        );
      });
      y += h;
    });
    y += 5;
  });
  fields.push(
    field({
      name: "note.office",
      format: "fixed",
      text: "以下は職員記入欄",
      xMm: LEFT_MM,
      yMm: y + 4,
      widthMm: 60,
      heightMm: 6,
      fontSizePt: 8,
    }),
  );
  ["受付", "審査", "入力", "決裁"].forEach((label, i) => {
    const x = LEFT_MM + i * 45;
    fields.push(
      field({
        name: `office${i}.label`,
        format: "fixed",
        text: label,
        xMm: x,
        yMm: y + 10,
        widthMm: 15,
        heightMm: 12,
        fontSizePt: 9,
      }),
    );
    fields.push(field({ name: `office${i}`, xMm: x + 15, yMm: y + 10, widthMm: 30, heightMm: 12 }));
  });
  return { ...def, pageCount: 1, orientation: "portrait", fields };
}

const m = "members.$member";

/** The person a per-member ("each") form is about. */
export const personSection = (heading: string) => ({
  heading,
  rows: [
    [{ label: "フリガナ", value: { path: `${m}.kana`, format: "kana" as const } }],
    [{ label: "氏名", value: { path: `${m}.name`, fontSizePt: 14 }, heightMm: 12 }],
    [
      { label: "生年月日", value: { path: `${m}.birthDate`, format: "wareki" as const } },
      {
        label: "性別",
        value: {
          expr: {
            if: [
              { "==": [{ var: "member.sex" }, "M"] },
              "男",
              { "==": [{ var: "member.sex" }, "F"] },
              "女",
              "",
            ],
          },
        },
      },
    ],
    [{ label: "続柄", value: { path: `${m}.relationship` } }],
  ],
});

export const addressSection = (heading: string) => ({
  heading,
  rows: [
    [{ label: "住所", value: { path: "newAddress" }, heightMm: 12 }],
    [{ label: "前住所", value: { path: "oldAddress" }, heightMm: 12 }],
    [
      { label: "異動日", value: { path: "moveDate", format: "wareki" as const } },
      {
        label: "異動の種類",
        value: {
          expr: {
            if: [
              { "==": [{ var: "moveType" }, "tennyu"] },
              "転入",
              { "==": [{ var: "moveType" }, "tenkyo"] },
              "転居",
              { "==": [{ var: "moveType" }, "tenshutsu"] },
              "転出",
              "",
            ],
          },
        },
      },
    ],
  ],
});

export const applicantSection = {
  heading: "届出人（申請者）",
  rows: [
    [{ label: "氏名", value: { path: "applicant.name" } }],
    [
      { label: "フリガナ", value: { path: "applicant.kana", format: "kana" as const } },
      { label: "電話番号", value: { path: "applicant.phone", format: "phone" as const } },
    ],
  ],
};
