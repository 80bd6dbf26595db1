import type { PrintModel } from "./bundle";

/**
 * What forms print, in words every flow understands. A form field names a source (`person.name`,
 * `claimant.name`, `address`…) instead of an answer path, and each flow's `print` model says where
 * its own answers hold that source. So the 児童手当 form prints the same from 転入, 出生 or any flow a
 * city adds, and a form printed by a flow that cannot supply one of its sources is a lint error.
 *
 * The lists name the sources the demo forms and the studio offer, with the label staff see; a flow
 * may supply more (any dotted key), and a form may use them.
 */
export const PERSON_SOURCES = {
  name: "氏名",
  kana: "フリガナ",
  birthDate: "生年月日",
  sex: "性別（男・女）",
  relationship: "続柄（世帯主との関係）",
  relationToApplicant: "届出人との関係（本人・妻・子…）",
  insurance: "加入している健康保険",
  handbooks: "お持ちの障害者手帳",
  schoolGrade: "学年（小学3年…）",
  copies: "必要な部数",
} as const;

export const HOUSEHOLD_SOURCES = {
  filedOn: "届出日",
  departments: "関係する課（課のキー）",
  procedures: "案内する手続き（手続きのキー）",
  address: "住所（東雲市内）",
  newAddress: "異動後の住所",
  oldAddress: "異動前の住所",
  moveDate: "異動日",
  event: "届出の事由（転入・転居・転出・出生…）",
  eventDate: "事由の日（異動日・出生日…）",
  headOfHousehold: "世帯主の氏名",
  previousHeadOfHousehold: "前の世帯主の氏名",
  "applicant.name": "届出人の氏名",
  "applicant.kana": "届出人のフリガナ",
  "applicant.phone": "届出人の電話番号",
  "applicant.role": "届出人の区分（本人・同一世帯員・代理人…）",
  "applicant.address": "届出人の住所",
  applicantIsHousehold: "届出人が本人または同じ世帯の方か（はい・いいえ）",
  applicantIsAgent: "届出人が代理人か（はい・いいえ）",
  "claimant.name": "請求者の氏名",
  "claimant.kana": "請求者のフリガナ",
  "claimant.birthDate": "請求者の生年月日",
  "claimant.phone": "請求者の電話番号",
  "spouse.name": "配偶者の氏名",
  subjectNames: "対象の方の氏名（まとめて）",
  totalCopies: "合計部数",
} as const;

/** Sources the printer supplies itself, whatever the flow: the 届出日 and the determination's departments. */
export const BUILTIN_SOURCES = new Set(["filedOn", "departments", "procedures"]);

/** Whether a flow's print model supplies a source: a builtin, or an entry of the model. */
export function supplies(model: PrintModel | undefined, source: string): boolean {
  if (BUILTIN_SOURCES.has(source)) return true;
  const person = personSourceKey(source);
  if (!model) return false;
  return person === null ? source in model.household : person in model.person;
}

/** `person.name` → the person-level key `name`; null for a household source. */
export function personSourceKey(source: string): string | null {
  return source.startsWith("person.") ? source.slice("person.".length) : null;
}

/** The label staff see for a source: 「氏名（対象の方）」, or the key itself for a city's own source. */
export function sourceLabel(source: string): string {
  const person = personSourceKey(source);
  if (person !== null) {
    const label = (PERSON_SOURCES as Record<string, string>)[person];
    return label ? `対象の方の${label}` : source;
  }
  return (HOUSEHOLD_SOURCES as Record<string, string>)[source] ?? source;
}
