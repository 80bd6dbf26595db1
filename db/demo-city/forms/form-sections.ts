import type { Rule } from "@kakanai/engine";
import type { GeneratedRow, GeneratedSection, GeneratedTable } from "./generated-form";

/**
 * The sections the demo city's generated forms are built from. `member` is the person a field
 * prints for: the sheet's member on an "each" form, the row's member in a person table.
 */
const m = "members.$member";
const r = "members.$row";

const sexOf = (path: string): Rule => ({
  if: [{ "===": [{ var: path }, "M"] }, "男", { "===": [{ var: path }, "F"] }, "女", ""],
});

const MOVE_TYPES: Rule = {
  if: [
    { "===": [{ var: "moveType" }, "tennyu"] },
    "転入",
    { "===": [{ var: "moveType" }, "tenkyo"] },
    "転居",
    { "===": [{ var: "moveType" }, "tenshutsu"] },
    "転出",
    "",
  ],
};

/** The person a per-member ("each") form is about, with optional rows of its own. */
export function personSection(heading: string, more: GeneratedRow[] = []): GeneratedSection {
  return {
    heading,
    rows: [
      [{ label: "フリガナ", value: { path: `${m}.kana`, format: "kana" } }],
      [{ label: "氏名", value: { path: `${m}.name`, fontSizePt: 14 }, heightMm: 11 }],
      [
        { label: "生年月日", value: { path: `${m}.birthDate`, format: "wareki" } },
        { label: "性別", value: { expr: sexOf("member.sex") } },
        { label: "続柄", value: { path: `${m}.relationship` } },
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
          kana: { path: `${r}.kana`, format: "kana" },
          value: { path: `${r}.name`, fontSizePt: 11 },
        },
        { label: "生年月日", widthMm: 40, value: { path: `${r}.birthDate`, format: "wareki" } },
        { label: "性別", widthMm: 12, value: { expr: sexOf("member.sex") } },
        { label: "続柄", widthMm: 16, value: { path: `${r}.relationship` } },
        ...extra,
      ],
    },
  };
}

/** Where the household lived and lives: labels follow the direction of the move. */
export function addressSection(direction: "in" | "out" = "in"): GeneratedSection {
  const [now, before] = direction === "out" ? ["転出先", "住所（転出前）"] : ["住所", "前住所"];
  return {
    heading: "住所・異動",
    rows: [
      [{ label: now, value: { path: "newAddress" }, heightMm: 11 }],
      [{ label: before, value: { path: "oldAddress" }, heightMm: 11 }],
      [
        { label: "異動日", value: { path: "moveDate", format: "wareki" } },
        { label: "異動の種類", value: { expr: MOVE_TYPES } },
      ],
    ],
  };
}

const ROLES: Rule = {
  if: [
    { "===": [{ var: "applicant.role" }, "self"] },
    "本人",
    { "===": [{ var: "applicant.role" }, "household"] },
    "同一世帯員",
    { "===": [{ var: "applicant.role" }, "agent"] },
    "代理人",
    "",
  ],
};

/** The person at the counter (届出人). The 出生 flow has no role, so the cell stays blank there. */
export const applicantSection: GeneratedSection = {
  heading: "届出人（窓口に来られた方）",
  rows: [
    [
      { label: "氏名", value: { path: "applicant.name" } },
      { label: "フリガナ", value: { path: "applicant.kana", format: "kana" } },
    ],
    [
      { label: "電話番号", value: { path: "applicant.phone", format: "phone" } },
      { label: "届出人の区分", value: { expr: ROLES } },
    ],
  ],
};

/** members[childAllowanceClaimant], falling back to the applicant when no claimant was chosen. */
const claimant = (key: string): Rule => ({
  var: [{ cat: ["members.", { var: "childAllowanceClaimant" }, `.${key}`] }, { var: `applicant.${key}` }],
});

/** The parent who claims for the children (児童手当・医療費助成): 請求者（保護者）. */
export const claimantSection: GeneratedSection = {
  heading: "請求者（保護者）",
  rows: [
    [
      { label: "氏名", value: { expr: claimant("name") } },
      { label: "フリガナ", value: { expr: claimant("kana"), format: "kana" } },
    ],
    [
      { label: "生年月日", value: { expr: claimant("birthDate"), format: "wareki" } },
      { label: "電話番号", value: { path: "applicant.phone", format: "phone" } },
    ],
  ],
};

/** Cells to be written by hand at the counter: labels only. */
export const blank = (...labels: string[]): GeneratedRow => labels.map((label) => ({ label }));
