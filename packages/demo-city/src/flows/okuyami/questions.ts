import type { BundleInput } from "@kakanai/engine";
import { is, oneOf, or, v } from "../jumin-idou/rules";

type Questions = BundleInput["questions"];

const options = (entries: [string, string][]) => entries.map(([value, label]) => ({ value, label }));
const yesNo = (key: string, label: string) => ({
  id: key,
  key: `deceased.${key}`,
  kind: "boolean" as const,
  label,
});
const text = (key: string, label: string, kind: "text" | "kana" = "text") => ({ id: key, key, kind, label });

/** From this age at death the deceased is not asked whether they received 児童手当. */
export const CHILD_ALLOWANCE_AGE_LIMIT = 65;

const heirNeeded = or(is("deceased.ownedRealEstate", true), v("kaigoRefund"));
const funeralGrant = oneOf("deceased.insurance", ["kokuho", "kouki"]);

/** The おくやみ desk's questions (demo-city.md): about the deceased first, then the family. */
export const okuyamiQuestions: Questions = [
  text("deceased.name", "亡くなった方の氏名"),
  text("deceased.kana", "亡くなった方のフリガナ", "kana"),
  {
    id: "deceased.birthDate",
    key: "deceased.birthDate",
    kind: "date",
    label: "亡くなった方の生年月日",
    dateBound: "notFuture",
  },
  {
    id: "deceased.deathDate",
    key: "deceased.deathDate",
    kind: "date",
    label: "亡くなった日",
    dateBound: "notFuture",
  },
  { id: "deceased.address", key: "deceased.address", kind: "address", label: "亡くなった方の住所" },
  yesNo("wasHeadOfHousehold", "亡くなった方は世帯主でしたか"),
  {
    id: "remainingMembers",
    key: "deceased.remainingMembers",
    kind: "number",
    label: "残された世帯員は何人ですか",
    min: 0,
    max: 11,
    visibleIf: is("deceased.wasHeadOfHousehold", true),
  },
  {
    id: "insurance",
    key: "deceased.insurance",
    kind: "choice",
    label: "加入していた健康保険",
    options: options([
      ["employer", "社会保険（勤務先の保険）"],
      ["kokuho", "国民健康保険"],
      ["kouki", "後期高齢者医療"],
      ["welfare", "生活保護"],
      ["none", "加入していない"],
    ]),
  },
  {
    id: "receivedPension",
    key: "deceased.receivedPension",
    kind: "choice",
    label: "受けていた年金",
    options: options([
      ["none", "受けていない"],
      ["kokumin", "国民年金（基礎年金のみ）"],
      ["kosei", "厚生年金・共済年金"],
    ]),
  },
  yesNo("careCertified", "要介護・要支援の認定を受けていましたか"),
  {
    id: "handbooks",
    key: "deceased.handbooks",
    kind: "multi",
    label: "お持ちだった障害者手帳（なければ選ばずに次へ）",
    required: false,
    options: options([
      ["physical", "身体障害者手帳"],
      ["intellectual", "愛の手帳"],
      ["mental", "精神障害者保健福祉手帳"],
    ]),
  },
  yesNo("hadSealRegistration", "印鑑登録をしていましたか"),
  // 児童手当 goes to the parent of a child up to 高校生; from 65 at death the question is moot.
  {
    ...yesNo("wasChildAllowanceRecipient", "児童手当を受けていましたか"),
    visibleIf: { "<": [{ ageLegal: [v("deceased.birthDate"), v("on")] }, CHILD_ALLOWANCE_AGE_LIMIT] },
  },
  yesNo("ownedRealEstate", "土地・家屋をお持ちでしたか"),
  yesNo("ownedMoped", "原動機付自転車（原付）をお持ちでしたか"),
  yesNo("ownedDog", "犬を飼っていましたか"),
  text("applicant.name", "届出人の氏名"),
  text("applicant.kana", "届出人のフリガナ", "kana"),
  text("applicant.relationship", "亡くなった方との続柄"),
  text("applicant.phone", "日中に連絡がつく電話番号"),
  { id: "applicant.address", key: "applicant.address", kind: "address", label: "届出人の住所" },
  { ...text("chiefMourner.name", "喪主の氏名"), visibleIf: funeralGrant },
  { ...text("chiefMourner.bankAccount", "葬祭費の振込先（喪主名義の口座）"), visibleIf: funeralGrant },
  { ...text("heirRepresentative.name", "相続人代表の氏名"), visibleIf: heirNeeded },
  {
    id: "heirRepresentative.address",
    key: "heirRepresentative.address",
    kind: "address",
    label: "相続人代表の住所",
    visibleIf: heirNeeded,
  },
  {
    ...text("heirRepresentative.bankAccount", "還付金の振込先（相続人代表名義の口座）"),
    visibleIf: v("kaigoRefund"),
  },
];
