import type { FormDef, FormField } from "@kakanai/engine";
import { dateSlots, eraCircles, field } from "./field";

/** Positions measured on kokuho-shikaku-shutoku.pdf (A4 landscape, 2 pages) at 200 dpi; mm from top-left. */
/** The □出生 box of 資格取得事由, beside □転入. */
const REASON_BIRTH_MM = 103.5;
const ROW_TOPS_MM = [58.8, 68.0, 77.3, 86.6, 95.8, 105.1];
/** Pre-printed 令和[ ]年[ ]月[ ]日 slots here are only 2.8 mm wide. */
const slots = (yMm: number, yearMm: number) => ({
  yearMm,
  monthMm: yearMm + 5.6,
  dayMm: yearMm + 11.3,
  widthMm: 2.8,
  yMm,
  heightMm: 3.6,
  fontSizePt: 8,
});

function personRow(row: number): FormField[] {
  const top = ROW_TOPS_MM[row] ?? 0;
  const line = top + 3.3;
  return [
    field({
      name: `kana${row}`,
      row,
      source: "person.kana",
      format: "kana",
      xMm: 23.6,
      yMm: top + 0.4,
      widthMm: 46,
      heightMm: 3.4,
      fontSizePt: 6,
    }),
    field({
      name: `name${row}`,
      row,
      source: "person.name",
      xMm: 23.6,
      yMm: top + 3.6,
      widthMm: 46,
      heightMm: 5.4,
      fontSizePt: 10,
    }),
    ...eraCircles(
      `birthEra${row}`,
      { row, source: "person.birthDate" },
      { 昭和: 71.5, 平成: 77.1, 令和: 82.8 },
      { yMm: line, charMm: 2.8 },
    ),
    ...dateSlots(`birth${row}`, { row, source: "person.birthDate" }, slots(line - 0.4, 85.6)),
    field({
      name: `sexM${row}`,
      row,
      source: "person.sex",
      type: "circle",
      option: "M",
      xMm: 133.5,
      yMm: line - 0.5,
      widthMm: 4,
      heightMm: 3.8,
    }),
    field({
      name: `sexF${row}`,
      row,
      source: "person.sex",
      type: "circle",
      option: "F",
      xMm: 139.2,
      yMm: line - 0.5,
      widthMm: 4,
      heightMm: 3.8,
    }),
    field({
      name: `relationship${row}`,
      row,
      source: "person.relationship",
      xMm: 153.4,
      yMm: top + 1,
      widthMm: 14.4,
      heightMm: 7.2,
      fontSizePt: 9,
    }),
    ...dateSlots(`acquired${row}`, { row, source: "eventDate" }, slots(line - 0.4, 174.8)),
  ];
}

export const f07KokuhoShutoku: FormDef = {
  key: "F07",
  title: "国民健康保険 被保険者資格取得届",
  departmentKey: "hoken-nenkin",
  pageCount: 2,
  orientation: "landscape",
  rowsPerSheet: 6,
  fields: [
    ...dateSlots("filedOn", { source: "filedOn" }, slots(21.2, 75.3)),
    field({
      name: "head",
      source: "headOfHousehold",
      xMm: 194.2,
      yMm: 18.8,
      widthMm: 61.4,
      heightMm: 8.4,
      fontSizePt: 11,
    }),
    // The pre-printed 電話 cell is 7 mm wide: the number shrinks and wraps.
    field({
      name: "phone",
      source: "applicant.phone",
      format: "phone",
      xMm: 280.2,
      yMm: 18.6,
      widthMm: 6.5,
      heightMm: 8.8,
      fontSizePt: 8,
    }),
    field({
      name: "address",
      source: "address",
      option: "street",
      xMm: 79,
      yMm: 28,
      widthMm: 206,
      heightMm: 8.5,
      fontSizePt: 11,
    }),
    field({
      name: "reason.tennyu",
      type: "check",
      source: "event",
      option: "転入",
      xMm: 69.7,
      yMm: 40.1,
      widthMm: 2.8,
      heightMm: 2.8,
    }),
    field({
      name: "reason.birth",
      type: "check",
      source: "event",
      option: "出生",
      xMm: REASON_BIRTH_MM,
      yMm: 40.1,
      widthMm: 2.8,
      heightMm: 2.8,
    }),
    ...[0, 1, 2, 3, 4, 5].flatMap(personRow),
    field({
      name: "applicant.household",
      type: "check",
      source: "applicantIsHousehold",
      xMm: 30.7,
      yMm: 120.8,
      widthMm: 2.8,
      heightMm: 2.8,
    }),
    field({
      name: "applicant.agent",
      type: "check",
      source: "applicantIsAgent",
      xMm: 44.8,
      yMm: 120.8,
      widthMm: 2.8,
      heightMm: 2.8,
    }),
    field({
      name: "applicant.name",
      source: "applicant.name",
      xMm: 94.5,
      yMm: 117.8,
      widthMm: 71,
      heightMm: 8.8,
      fontSizePt: 11,
    }),
  ],
};
