import type { Rule } from "@kakanai/engine";
import type { GeneratedRow, GeneratedSection } from "./generated-form";

/**
 * Sections of the おくやみ flow's forms: answers deceased, applicant (届出人), chiefMourner (喪主) and
 * heirRepresentative (相続人代表), as in demo-city.md. Every form prints the deceased with 和暦 dates.
 */

const labelOf = (path: string, labels: Record<string, string>): Rule =>
  Object.entries(labels).reduceRight<Rule>(
    (otherwise, [value, text]) => ({ if: [{ "===": [{ var: path }, value] }, text, otherwise] }),
    "",
  );

/** The deceased's health insurance in words. */
export const deceasedInsurance: Rule = labelOf("deceased.insurance", {
  employer: "健康保険（社会保険）",
  kokuho: "国民健康保険",
  kouki: "後期高齢者医療",
  welfare: "生活保護",
  none: "なし",
});

/** The deceased's 障害者手帳 in words, joined with 、. */
export const deceasedHandbooks: Rule = {
  map: [
    { var: "deceased.handbooks" },
    labelOf("", { physical: "身体障害者手帳", intellectual: "愛の手帳", mental: "精神障害者保健福祉手帳" }),
  ],
};

/** 資格喪失日: the day after the date of death (国保・後期・介護保険). */
export const lossDate = { expr: { addDays: [{ var: "deceased.deathDate" }, 1] }, format: "wareki" as const };

/** The deceased's name as every おくやみ form prints it: 「故 東雲 一郎」 (nothing while unanswered). */
export const deceasedNameWithKo: Rule = {
  if: [{ var: "deceased.name" }, { cat: ["故 ", { var: "deceased.name" }] }, ""],
};

/** The deceased: name (with 故), カナ, 和暦 birth date and date of death, last address, and rows of the form's own. */
export function deceasedSection(heading: string, more: GeneratedRow[] = []): GeneratedSection {
  return {
    heading,
    rows: [
      [{ label: "フリガナ", value: { path: "deceased.kana", format: "kana" } }],
      [{ label: "氏名", value: { expr: deceasedNameWithKo, fontSizePt: 14 }, heightMm: 11 }],
      [
        { label: "生年月日", value: { path: "deceased.birthDate", format: "wareki" } },
        { label: "死亡年月日", value: { path: "deceased.deathDate", format: "wareki" } },
      ],
      [{ label: "住所", value: { path: "deceased.address" }, heightMm: 11 }],
      ...more,
    ],
  };
}

/** The person at the おくやみ desk (届出人), with the relationship to the deceased. */
export const mournerApplicantSection: GeneratedSection = {
  heading: "届出人（窓口に来られた方）",
  rows: [
    [
      { label: "氏名", value: { path: "applicant.name" } },
      { label: "フリガナ", value: { path: "applicant.kana", format: "kana" } },
    ],
    [
      { label: "亡くなった方との続柄", value: { path: "applicant.relationship" } },
      { label: "電話番号", value: { path: "applicant.phone", format: "phone" } },
    ],
    [{ label: "住所", value: { path: "applicant.address" }, heightMm: 11 }],
  ],
};

/** 喪主: the 葬祭費 is paid to this person's account. */
export const chiefMournerSection: GeneratedSection = {
  heading: "申請者（喪主）・振込先",
  rows: [
    [{ label: "喪主の氏名", value: { path: "chiefMourner.name", fontSizePt: 13 } }],
    [{ label: "振込先口座（喪主名義）", value: { path: "chiefMourner.bankAccount" }, heightMm: 11 }],
  ],
};

/** 相続人代表: name and address, and (介護保険料の還付) the account the refund goes to. */
export function heirSection(heading: string, account?: string): GeneratedSection {
  return {
    heading,
    rows: [
      [{ label: "氏名", value: { path: "heirRepresentative.name", fontSizePt: 13 } }],
      [{ label: "住所", value: { path: "heirRepresentative.address" }, heightMm: 11 }],
      ...(account
        ? [[{ label: account, value: { path: "heirRepresentative.bankAccount" }, heightMm: 11 }]]
        : []),
    ],
  };
}
