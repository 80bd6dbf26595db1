import type { CellValue, GeneratedRow, GeneratedSection, GeneratedTable } from "./generated-form";

/**
 * The sections the demo city's generated forms are built from. Every value names a source
 * (form-sources.ts in the engine), never an answer path of one flow, so a form prints from every
 * flow that supplies its sources. `person.*` is the person a field prints for: the sheet's person
 * on an "each" form, the row's person in a person table.
 */
export const src = (source: string, more: Omit<CellValue, "source"> = {}): CellValue => ({ source, ...more });

/** The person a per-member ("each") form is about, with optional rows of its own. */
export function personSection(heading: string, more: GeneratedRow[] = []): GeneratedSection {
  return {
    heading,
    rows: [
      [{ label: "フリガナ", value: src("person.kana", { format: "kana" }) }],
      [{ label: "氏名", value: src("person.name", { fontSizePt: 14 }), heightMm: 11 }],
      [
        { label: "生年月日", value: src("person.birthDate", { format: "wareki" }) },
        { label: "性別", value: src("person.sex") },
        { label: "続柄", value: src("person.relationship") },
      ],
      ...more,
    ],
  };
}

/** Extra columns after 氏名・生年月日・性別・続柄 in a person table. */
export type ExtraColumn = GeneratedTable["columns"][number];

/** The matching members, one per row, continued on further sheets past `rows`. */
export function memberTable(heading: string, rows: number, extra: ExtraColumn[] = []): GeneratedSection {
  return {
    heading,
    table: {
      rows,
      columns: [
        {
          label: "氏名（フリガナ）",
          widthMm: 52,
          kana: src("person.kana", { format: "kana" }),
          value: src("person.name", { fontSizePt: 11 }),
        },
        { label: "生年月日", widthMm: 40, value: src("person.birthDate", { format: "wareki" }) },
        { label: "性別", widthMm: 12, value: src("person.sex") },
        { label: "続柄", widthMm: 16, value: src("person.relationship") },
        ...extra,
      ],
    },
  };
}

/**
 * Where the household lived and lives: labels follow the direction of the move ("out": 転出).
 * "here": only the address in the city, for forms that flows without a move print too.
 */
export function addressSection(direction: "in" | "out" | "here" = "in"): GeneratedSection {
  if (direction === "here")
    return { heading: "住所", rows: [[{ label: "住所", value: src("address"), heightMm: 11 }]] };
  const [now, before] = direction === "out" ? ["転出先", "住所（転出前）"] : ["住所", "前住所"];
  return {
    heading: "住所・異動",
    rows: [
      [{ label: now, value: src("newAddress"), heightMm: 11 }],
      [{ label: before, value: src("oldAddress"), heightMm: 11 }],
      [
        { label: "異動日", value: src("moveDate", { format: "wareki" }) },
        { label: "異動の種類", value: src("event") },
      ],
    ],
  };
}

/**
 * The person at the counter (届出人). "full": name, kana, phone and 区分; "person", on a form about
 * one person, also 本人との関係 (「本人」「妻」… as seen from that person); "short": name and 区分.
 */
export function applicantSection(kind: "full" | "person" | "short" = "full"): GeneratedSection {
  const heading = "届出人（窓口に来られた方）";
  const name = { label: "氏名", value: src("applicant.name") };
  const role = { label: "届出人の区分", value: src("applicant.role") };
  if (kind === "short") return { heading, rows: [[name, role]] };
  return {
    heading,
    rows: [
      [name, { label: "フリガナ", value: src("applicant.kana", { format: "kana" }) }],
      [
        { label: "電話番号", value: src("applicant.phone", { format: "phone" }) },
        role,
        ...(kind === "person" ? [{ label: "本人との関係", value: src("person.relationToApplicant") }] : []),
      ],
    ],
  };
}

/** The parent who claims for the children (児童手当・医療費助成): 請求者（保護者）. */
export const claimantSection: GeneratedSection = {
  heading: "請求者（保護者）",
  rows: [
    [
      { label: "氏名", value: src("claimant.name") },
      { label: "フリガナ", value: src("claimant.kana", { format: "kana" }) },
    ],
    [
      { label: "生年月日", value: src("claimant.birthDate", { format: "wareki" }) },
      { label: "電話番号", value: src("claimant.phone", { format: "phone" }) },
    ],
  ],
};

/** Cells to be written by hand at the counter: labels only. */
export const blank = (...labels: string[]): GeneratedRow => labels.map((label) => ({ label }));
