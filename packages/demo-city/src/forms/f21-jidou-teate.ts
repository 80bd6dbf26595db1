import type { FormDef, FormField } from "@kakanai/engine";
import { dateSlots, eraCircles, field } from "./field";

/** Positions measured on jidou-teate-nintei-seikyu.pdf (A4 portrait) at 200 dpi; mm from top-left. */
const ROW_TOPS_MM = [128.7, 138.2, 148.0, 157.5, 167.3];

function childRow(row: number): FormField[] {
  const top = ROW_TOPS_MM[row] ?? 0;
  const line = top + 3;
  return [
    field({
      name: `name${row}`,
      row,
      source: "person.name",
      xMm: 26.6,
      yMm: top + 0.5,
      widthMm: 39.4,
      heightMm: 8.6,
      fontSizePt: 11,
    }),
    ...eraCircles(
      `birthEra${row}`,
      { row, source: "person.birthDate" },
      { 平成: 67.76, 令和: 74.46 },
      { yMm: line, charMm: 3.35, padMm: 0.25 },
    ),
    ...dateSlots(
      `birth${row}`,
      { row, source: "person.birthDate" },
      { yearMm: 78.3, monthMm: 84.5, dayMm: 91.2, widthMm: 2.8, yMm: line - 0.3, heightMm: 4, fontSizePt: 8 },
    ),
    field({
      name: `relationship${row}`,
      row,
      source: "person.relationship",
      xMm: 123.2,
      yMm: top + 0.5,
      widthMm: 31,
      heightMm: 8.6,
      fontSizePt: 11,
    }),
    // Children listed here move in with the claimant.
    field({
      name: `together${row}`,
      row,
      type: "circle",
      format: "fixed",
      text: "同居",
      option: "同居",
      xMm: 155.8,
      yMm: line - 0.5,
      widthMm: 7.8,
      heightMm: 4.4,
    }),
  ];
}

export const f21JidouTeate: FormDef = {
  key: "F21",
  title: "児童手当 認定請求書",
  departmentKey: "kodomo",
  pageCount: 1,
  orientation: "portrait",
  rowsPerSheet: 5,
  fields: [
    ...dateSlots(
      "filedOn",
      { source: "filedOn" },
      { yearMm: 168, monthMm: 178.1, dayMm: 188.1, widthMm: 6.7, yMm: 26.8, heightMm: 4.2, fontSizePt: 10 },
    ),
    field({
      name: "claimant.kana",
      source: "claimant.kana",
      format: "kana",
      xMm: 43.4,
      yMm: 42.6,
      widthMm: 153,
      heightMm: 8.5,
      fontSizePt: 11,
    }),
    field({
      name: "claimant.name",
      source: "claimant.name",
      xMm: 43.4,
      yMm: 52,
      widthMm: 153,
      heightMm: 11.8,
      fontSizePt: 15,
    }),
    ...eraCircles(
      "claimant.birthEra",
      { source: "claimant.birthDate" },
      { 昭和: 44.0, 平成: 50.7, 令和: 57.4 },
      { yMm: 67.4, charMm: 3.4 },
    ),
    ...dateSlots(
      "claimant.birth",
      { source: "claimant.birthDate" },
      { yearMm: 60.8, monthMm: 70.8, dayMm: 80.9, widthMm: 6.7, yMm: 66.8, heightMm: 4.6, fontSizePt: 10 },
    ),
    field({
      name: "postal.head",
      source: "address",
      format: "postal",
      option: "head",
      xMm: 47.6,
      yMm: 78.3,
      widthMm: 9.6,
      heightMm: 3.8,
      fontSizePt: 9,
    }),
    field({
      name: "postal.tail",
      source: "address",
      format: "postal",
      option: "tail",
      xMm: 60.9,
      yMm: 78.3,
      widthMm: 12,
      heightMm: 3.8,
      fontSizePt: 9,
    }),
    field({
      name: "address",
      source: "address",
      xMm: 43.4,
      yMm: 82.2,
      widthMm: 153,
      heightMm: 4.2,
      fontSizePt: 10,
    }),
    field({
      name: "phone",
      source: "claimant.phone",
      format: "phone",
      xMm: 43.4,
      yMm: 87,
      widthMm: 65.5,
      heightMm: 9,
      fontSizePt: 11,
    }),
    field({
      name: "spouse.name",
      source: "spouse.name",
      xMm: 43.4,
      yMm: 107,
      widthMm: 65,
      heightMm: 8,
      fontSizePt: 11,
    }),
    ...[0, 1, 2, 3, 4].flatMap(childRow),
  ],
};
