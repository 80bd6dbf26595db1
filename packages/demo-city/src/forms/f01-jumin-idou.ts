import type { FormDef, FormField } from "@kakanai/engine";
import { addressOutsideCity, dateSlots, eraCircles, field, streetInCity } from "./field";

/** Positions measured on jumin-idou-todoke.pdf (A4 portrait) rendered at 200 dpi; mm from top-left. */
const ROW_TOPS_MM = [83.6, 97.2, 110.4, 123.6];
/** Top of the pre-printed 明・大・昭・平・令 line in each person row. */
const ERA_LINE_MM = [84.9, 98.1, 111.3, 124.6];

function personRow(row: number): FormField[] {
  const top = ROW_TOPS_MM[row] ?? 0;
  const era = ERA_LINE_MM[row] ?? 0;
  return [
    field({
      name: `kana${row}`,
      row,
      source: "person.kana",
      format: "kana",
      xMm: 24.2,
      yMm: top + 0.6,
      widthMm: 32,
      heightMm: 4.2,
      fontSizePt: 7,
    }),
    field({
      name: `name${row}`,
      row,
      source: "person.name",
      xMm: 24.2,
      yMm: top + 4.8,
      widthMm: 32,
      heightMm: 8,
      fontSizePt: 12,
    }),
    ...eraCircles(
      `birthEra${row}`,
      { row, source: "person.birthDate" },
      { 明治: 57.6, 大正: 62.55, 昭和: 67.5, 平成: 72.45, 令和: 77.4 },
      { yMm: era, charMm: 2.45 },
    ),
    field({
      name: `birth${row}`,
      row,
      source: "person.birthDate",
      format: "wareki",
      xMm: 58,
      yMm: top + 6.6,
      widthMm: 57,
      heightMm: 6,
      fontSizePt: 10,
    }),
    field({
      name: `sexM${row}`,
      row,
      source: "person.sex",
      type: "circle",
      option: "M",
      xMm: 116.4,
      yMm: era - 0.5,
      widthMm: 3.7,
      heightMm: 3.4,
    }),
    field({
      name: `sexF${row}`,
      row,
      source: "person.sex",
      type: "circle",
      option: "F",
      xMm: 121.3,
      yMm: era - 0.5,
      widthMm: 3.7,
      heightMm: 3.4,
    }),
    field({
      name: `relationship${row}`,
      row,
      source: "person.relationship",
      xMm: 133,
      yMm: top + 2,
      widthMm: 23,
      heightMm: 10,
      fontSizePt: 11,
    }),
  ];
}

/**
 * 関係課への連絡: each box is ticked when the determination sends the resident to that counter
 * (by procedure, or by department where one department has several), left of its pre-printed word.
 */
const LINKED: [string, string, string, number][] = [
  ["kokuho", "procedures", "P06", 17.8],
  ["nenkin", "procedures", "P07", 42.1],
  ["kouki", "procedures", "P08", 56.8],
  ["kaigo", "departments", "kaigo", 81.0],
  ["jidouTeate", "procedures", "P15", 95.7],
  ["nyuyoji", "procedures", "P16", 120.0],
  ["shougai", "departments", "shougai", 142.6],
  ["gakumu", "departments", "gakumu", 166.9],
];

/**
 * The 氏名（署名） row as relay-f01-name-cell.ts redrew it on the demo city's copy: a wide name cell,
 * and 電話番号 with its （　）－ slots moved right by this much from where the city first drew them.
 */
export const F01_NAME_CELL_MM = { xMm: 34.4, widthMm: 83.6 };
export const F01_PHONE_SHIFT_MM = 142.4 - 65.9;

const slotRow = (yMm: number, yearMm: number, monthMm: number, dayMm: number) => ({
  yearMm,
  monthMm,
  dayMm,
  widthMm: 6.3,
  yMm,
  heightMm: 5,
  fontSizePt: 10,
});

export const f01JuminIdou: FormDef = {
  key: "F01",
  title: "住民異動届",
  departmentKey: "shimin",
  pageCount: 1,
  orientation: "portrait",
  rowsPerSheet: 4,
  fields: [
    ...(["tennyu", "tenkyo", "tenshutsu"] as const).map((option, i) =>
      field({
        name: `moveType.${option}`,
        type: "check",
        path: "moveType",
        option,
        xMm: [37.6, 51.3, 65.2][i] ?? 0,
        yMm: 23.2,
        widthMm: 3.3,
        heightMm: 3.3,
      }),
    ),
    ...dateSlots("filedOn", { path: "filedOn" }, slotRow(22.0, 150.0, 159.5, 169.0)),
    ...dateSlots("moveDate", { path: "moveDate" }, slotRow(30.4, 41.9, 51.4, 61.0)),
    field({
      name: "newPostal.head",
      path: "newAddress.postalCode",
      format: "postal",
      option: "head",
      xMm: 38.2,
      yMm: 39.4,
      widthMm: 7,
      heightMm: 3.8,
      fontSizePt: 9,
    }),
    field({
      name: "newPostal.tail",
      path: "newAddress.postalCode",
      format: "postal",
      option: "tail",
      xMm: 48.0,
      yMm: 39.4,
      widthMm: 10,
      heightMm: 3.8,
      fontSizePt: 9,
    }),
    field({
      name: "newAddress.street",
      expr: streetInCity("newAddress"),
      xMm: 46,
      yMm: 42.1,
      widthMm: 152,
      heightMm: 4.6,
      fontSizePt: 10,
    }),
    field({
      name: "newAddress.other",
      expr: addressOutsideCity("newAddress"),
      xMm: 35.5,
      yMm: 46.3,
      widthMm: 162,
      heightMm: 4.9,
      fontSizePt: 10,
    }),
    field({
      name: "oldPostal.head",
      path: "oldAddress.postalCode",
      format: "postal",
      option: "head",
      xMm: 38.2,
      yMm: 52.6,
      widthMm: 7,
      heightMm: 3.8,
      fontSizePt: 9,
    }),
    field({
      name: "oldPostal.tail",
      path: "oldAddress.postalCode",
      format: "postal",
      option: "tail",
      xMm: 48.0,
      yMm: 52.6,
      widthMm: 10,
      heightMm: 3.8,
      fontSizePt: 9,
    }),
    field({
      name: "oldAddress",
      path: "oldAddress",
      xMm: 35.5,
      yMm: 56.5,
      widthMm: 162,
      heightMm: 7,
      fontSizePt: 10,
    }),
    field({
      name: "newHead",
      source: "headOfHousehold",
      xMm: 35,
      yMm: 64.8,
      widthMm: 58.5,
      heightMm: 7.8,
      fontSizePt: 11,
    }),
    field({
      name: "previousHead",
      source: "previousHeadOfHousehold",
      xMm: 119.5,
      yMm: 64.8,
      widthMm: 78,
      heightMm: 7.8,
      fontSizePt: 11,
    }),
    ...[0, 1, 2, 3].flatMap(personRow),
    ...(["self", "household", "agent"] as const).map((option, i) =>
      field({
        name: `applicant.${option}`,
        type: "check",
        path: "applicant.role",
        option,
        xMm: [37.6, 51.3, 68.2][i] ?? 0,
        yMm: 140.5,
        widthMm: 3.4,
        heightMm: 3.4,
      }),
    ),
    field({
      name: "applicant.address",
      path: "newAddress",
      xMm: 35.5,
      yMm: 148.5,
      widthMm: 162,
      heightMm: 11,
      fontSizePt: 10,
    }),
    // The name on the upper half of the 氏名（署名） cell; the lower half stays for the signature.
    field({
      name: "applicant.name",
      path: "applicant.name",
      xMm: F01_NAME_CELL_MM.xMm + 1,
      yMm: 161.2,
      widthMm: F01_NAME_CELL_MM.widthMm - 2,
      heightMm: 6.2,
      fontSizePt: 13,
    }),
    field({
      name: "phone.area",
      path: "applicant.phone",
      format: "phone",
      option: "area",
      xMm: 70.2 + F01_PHONE_SHIFT_MM,
      yMm: 161.4,
      widthMm: 9.5,
      heightMm: 4.2,
      fontSizePt: 8,
    }),
    field({
      name: "phone.local",
      path: "applicant.phone",
      format: "phone",
      option: "local",
      xMm: 82.6 + F01_PHONE_SHIFT_MM,
      yMm: 161.4,
      widthMm: 8.6,
      heightMm: 4.2,
      fontSizePt: 8,
    }),
    ...LINKED.map(([name, source, option, wordMm]) =>
      field({
        name: `linked.${name}`,
        type: "check",
        source,
        option,
        xMm: wordMm - 4.45,
        yMm: 183.45,
        widthMm: 3.3,
        heightMm: 3.3,
      }),
    ),
    field({
      name: "phone.line",
      path: "applicant.phone",
      format: "phone",
      option: "line",
      xMm: 94.0 + F01_PHONE_SHIFT_MM,
      yMm: 161.4,
      widthMm: 12,
      heightMm: 4.2,
      fontSizePt: 8,
    }),
  ],
};
