import type { BundleInput } from "@kakanai/engine";
import { and, atLeast, is, isNot, memberAgeLegal, moveTypeIn, v } from "./rules";

type Questions = BundleInput["questions"];
type ItemQuestions = NonNullable<Questions[number]["questions"]>;

const options = (entries: [string, string][]) => entries.map(([value, label]) => ({ value, label }));

const RELATIONSHIPS = [
  "世帯主",
  "妻",
  "夫",
  "子",
  "父",
  "母",
  "祖父",
  "祖母",
  "孫",
  "兄",
  "姉",
  "弟",
  "妹",
  "その他",
];

/** Asked per person who moves (members.N.key). Keys are the demo's contract: do not rename. */
const memberQuestions: ItemQuestions = [
  { id: "m-name", key: "name", kind: "text", label: "氏名" },
  { id: "m-kana", key: "kana", kind: "kana", label: "フリガナ" },
  { id: "m-birth", key: "birthDate", kind: "date", label: "生年月日" },
  {
    id: "m-sex",
    key: "sex",
    kind: "choice",
    label: "性別",
    options: options([
      ["M", "男"],
      ["F", "女"],
    ]),
  },
  {
    id: "m-rel",
    key: "relationship",
    kind: "choice",
    label: "世帯主との続柄",
    options: RELATIONSHIPS.map((r) => ({ value: r, label: r })),
  },
  {
    id: "m-nat",
    key: "nationality",
    kind: "choice",
    label: "国籍",
    options: options([
      ["JP", "日本"],
      ["foreign", "外国籍"],
    ]),
  },
  {
    id: "m-ins",
    key: "insurance",
    kind: "choice",
    label: "加入している健康保険",
    options: options([
      ["employer", "社会保険（勤務先の保険）"],
      ["kokuho", "国民健康保険"],
      ["kouki", "後期高齢者医療"],
      ["welfare", "生活保護"],
      ["none", "加入していない"],
    ]),
  },
  {
    id: "m-card",
    key: "hasMyNumberCard",
    kind: "boolean",
    label: "マイナンバーカードをお持ちですか",
    visibleIf: moveTypeIn("tennyu", "tenkyo"),
  },
  {
    id: "m-seal",
    key: "wantsSealRegistration",
    kind: "boolean",
    label: "印鑑登録をしますか",
    visibleIf: and(is("moveType", "tennyu"), atLeast(memberAgeLegal, 15)),
  },
  {
    id: "m-cert",
    key: "wantsResidenceCertificate",
    kind: "number",
    label: "住民票の写しは何通必要ですか",
    min: 0,
    max: 10,
    visibleIf: moveTypeIn("tennyu", "tenkyo"),
  },
  {
    id: "m-hb",
    key: "handbooks",
    kind: "multi",
    label: "お持ちの障害者手帳（なければ選ばずに次へ）",
    options: options([
      ["physical", "身体障害者手帳"],
      ["intellectual", "愛の手帳"],
      ["mental", "精神障害者保健福祉手帳"],
    ]),
  },
  {
    id: "m-marusho",
    key: "marushoRecipient",
    kind: "boolean",
    label: "心身障害者医療費助成（マル障）を受けていますか",
    visibleIf: { "!!": [v("member.handbooks")] },
  },
  {
    id: "m-care",
    key: "careCertified",
    kind: "boolean",
    label: "要介護・要支援の認定を受けていますか",
    visibleIf: atLeast(memberAgeLegal, 40),
  },
  {
    id: "m-alone",
    key: "livesAlone",
    kind: "boolean",
    label: "ひとりで暮らしますか",
    visibleIf: and(
      atLeast(memberAgeLegal, 65),
      { "===": [v("memberCount"), 1] },
      isNot("householdStatus", "join"),
    ),
  },
];

export const juminIdouQuestions: Questions = [
  {
    id: "q-move",
    key: "moveType",
    kind: "choice",
    label: "どの届出ですか",
    options: options([
      ["tennyu", "転入（市外から東雲市へ）"],
      ["tenkyo", "転居（東雲市内での引っ越し）"],
      ["tenshutsu", "転出（東雲市から市外へ）"],
    ]),
  },
  { id: "q-date", key: "moveDate", kind: "date", label: "異動日（住み始めた日・転出する日）" },
  {
    id: "q-abroad",
    key: "fromAbroad",
    kind: "boolean",
    label: "国外からの転入ですか",
    visibleIf: is("moveType", "tennyu"),
  },
  {
    id: "q-pref",
    key: "fromOtherPrefecture",
    kind: "boolean",
    label: "東京都以外の道府県からの転入ですか",
    visibleIf: and(is("moveType", "tennyu"), is("fromAbroad", false)),
  },
  { id: "q-old", key: "oldAddress", kind: "address", label: "異動前の住所" },
  { id: "q-new", key: "newAddress", kind: "address", label: "異動後の住所（転出の場合は転出先）" },
  {
    id: "q-hh",
    key: "householdStatus",
    kind: "choice",
    label: "世帯はどうなりますか",
    options: options([
      ["new", "新しい世帯をつくる"],
      ["join", "既存の世帯に入る"],
      ["whole", "世帯全員で異動する"],
    ]),
  },
  {
    id: "q-head-name",
    key: "headOfHousehold.name",
    kind: "text",
    label: "入る世帯の世帯主の氏名",
    visibleIf: is("householdStatus", "join"),
  },
  {
    id: "q-head-kana",
    key: "headOfHousehold.kana",
    kind: "kana",
    label: "入る世帯の世帯主のフリガナ",
    visibleIf: is("householdStatus", "join"),
  },
  {
    id: "q-app-role",
    key: "applicant.role",
    kind: "choice",
    label: "窓口に来た方（届出人）は",
    options: options([
      ["self", "本人"],
      ["household", "同じ世帯の方"],
      ["agent", "代理人"],
    ]),
  },
  { id: "q-app-name", key: "applicant.name", kind: "text", label: "届出人の氏名" },
  { id: "q-app-kana", key: "applicant.kana", kind: "kana", label: "届出人のフリガナ" },
  { id: "q-app-phone", key: "applicant.phone", kind: "text", label: "日中に連絡がつく電話番号" },
  {
    id: "q-members",
    key: "members",
    kind: "group",
    label: "異動する方は何人ですか",
    itemLabel: "異動する方",
    minItems: 1,
    maxItems: 12,
    questions: memberQuestions,
  },
  {
    id: "q-claimant",
    key: "childAllowanceClaimant",
    kind: "number",
    label: "児童手当を請求する方（父母のうち所得の高い方）",
    optionsFrom: "members",
    min: 0,
    max: 11,
    visibleIf: v("hasChild"),
  },
  {
    id: "q-child-med",
    key: "childMedicalRecipient",
    kind: "boolean",
    label: "東雲市の子ども医療費助成（マル乳・マル子・マル青）を受けていますか",
    visibleIf: and(is("moveType", "tenkyo"), v("hasChild")),
  },
  {
    id: "q-single",
    key: "singleParentHousehold",
    kind: "boolean",
    label: "ひとり親家庭ですか",
    visibleIf: v("hasChild"),
  },
  {
    id: "q-school",
    key: "publicSchool",
    kind: "boolean",
    label: "お子さんは東雲市立の小・中学校に通いますか",
    visibleIf: and(moveTypeIn("tennyu", "tenkyo"), v("hasSchoolChild")),
  },
];
