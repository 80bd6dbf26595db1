import type { BundleInput } from "@kakanai/engine";
import {
  and,
  atLeast,
  below,
  between,
  CHILD_MIN_GRADE,
  is,
  memberAgeCalendar,
  memberAgeLegal,
  memberGrade,
  memberInsuranceIn,
  memberIs,
  memberIsChild,
  moveTypeIn,
  or,
  v,
} from "./rules";

type Procedures = BundleInput["procedures"];

const ID = "本人確認書類（マイナンバーカード・運転免許証など）";
const tennyu = is("moveType", "tennyu");
const tenkyo = is("moveType", "tenkyo");
const tenshutsu = is("moveType", "tenshutsu");

/**
 * Rules read only the answers they need, never the conditions of the questions that ask them: the
 * engine ignores an answer whose question is hidden (a 14-year-old's old 印鑑登録 answer after the
 * birth date was fixed, 国外から after 転入 became 転居).
 */
const hasHandbook = { "!!": [v("member.handbooks")] };
const kokuhoOnTennyu = and(tennyu, memberInsuranceIn("kokuho", "none"), below(memberAgeCalendar, 75));
const koukiOnTennyu = and(tennyu, or(atLeast(memberAgeCalendar, 75), memberIs("insurance", "kouki")));

export const juminIdouProcedures: Procedures = [
  {
    key: "P01",
    title: "住民異動届",
    departmentKey: "shimin",
    rule: true,
    reason: "住所が変わるため、住民異動の届出が必要です",
    deadlineDays: 14,
    itemsToBring: [ID],
    conditionalItems: [
      {
        item: "転出証明書（マイナンバーカードで転出した方は不要）",
        when: is("fromAbroad", false),
      },
      { item: "パスポート（入国日のわかるもの）", when: is("fromAbroad", true) },
      { item: "委任状", when: is("applicant.role", "agent") },
    ],
    forms: [{ formKey: "F01", mode: "household" }],
  },
  {
    key: "P02",
    title: "マイナンバーカード 継続利用・記載事項変更",
    departmentKey: "shimin",
    rule: true,
    memberRule: memberIs("hasMyNumberCard", true),
    memberReason: "マイナンバーカードの住所を書き換えます",
    itemsToBring: ["マイナンバーカード", "暗証番号（4桁）"],
    forms: [{ formKey: "F02", mode: "each" }],
  },
  {
    key: "P03",
    title: "印鑑登録",
    departmentKey: "shimin",
    rule: true,
    memberRule: memberIs("wantsSealRegistration", true),
    memberReason: "印鑑登録を希望",
    itemsToBring: ["登録する印鑑", ID],
    forms: [{ formKey: "F03", mode: "each" }],
  },
  {
    key: "P04",
    title: "住民票の写し等の交付",
    departmentKey: "shimin",
    rule: true,
    memberRule: { ">": [v("member.wantsResidenceCertificate"), 0] },
    memberReason: "住民票の写しを請求",
    itemsToBring: ["手数料（1通300円）"],
    forms: [{ formKey: "F04", mode: "household" }],
  },
  {
    key: "P06",
    title: "国民健康保険",
    departmentKey: "hoken-nenkin",
    rule: true,
    memberRule: or(kokuhoOnTennyu, and(moveTypeIn("tenkyo", "tenshutsu"), memberIs("insurance", "kokuho"))),
    memberReason: "国民健康保険の加入・変更・脱退",
    deadlineDays: 14,
    itemsToBring: [ID],
    conditionalItems: [
      { item: "国民健康保険の資格確認書（保険証）", when: moveTypeIn("tenkyo", "tenshutsu") },
    ],
    forms: [
      { formKey: "F07", mode: "household", when: tennyu },
      { formKey: "F08", mode: "household", when: tenshutsu },
      { formKey: "F09", mode: "household", when: tenkyo },
    ],
  },
  {
    key: "P07",
    title: "国民年金",
    departmentKey: "hoken-nenkin",
    rule: is("fromAbroad", true),
    memberRule: and(between(memberAgeLegal, 20, 59), memberInsuranceIn("kokuho", "none")),
    memberReason: "20歳以上60歳未満で国外から転入",
    deadlineDays: 14,
    itemsToBring: ["パスポート", "基礎年金番号のわかるもの（お持ちの方）"],
    forms: [{ formKey: "F10", mode: "each" }],
  },
  {
    key: "P08",
    title: "後期高齢者医療",
    departmentKey: "hoken-nenkin",
    rule: moveTypeIn("tennyu", "tenshutsu"),
    memberRule: or(koukiOnTennyu, and(tenshutsu, memberIs("insurance", "kouki"))),
    memberReason: "後期高齢者医療の資格取得・喪失",
    deadlineDays: 14,
    itemsToBring: [ID],
    conditionalItems: [
      {
        item: "負担区分等証明書",
        when: is("fromOtherPrefecture", true),
      },
      { item: "後期高齢者医療の資格確認書（保険証）", when: tenshutsu },
    ],
    forms: [
      { formKey: "F11", mode: "each", when: tennyu },
      { formKey: "F12", mode: "each", when: tenshutsu },
    ],
  },
  {
    key: "P10",
    title: "ひとり暮らし高齢者等登録",
    departmentKey: "koureisha",
    // 転入・転居 only (demo-city.md): someone moving out is registered by the new city.
    rule: moveTypeIn("tennyu", "tenkyo"),
    memberRule: memberIs("livesAlone", true),
    memberReason: "65歳以上でひとり暮らし",
    forms: [{ formKey: "F14", mode: "household" }],
  },
  {
    key: "P11",
    title: "介護保険 資格・住所",
    departmentKey: "kaigo",
    rule: true,
    memberRule: atLeast(memberAgeLegal, 65),
    memberReason: "65歳以上",
    deadlineDays: 14,
    itemsToBring: ["介護保険被保険者証（お持ちの方）"],
    forms: [{ formKey: "F15", mode: "each" }],
  },
  {
    key: "P12",
    title: "要介護認定の引継ぎ",
    departmentKey: "kaigo",
    rule: tennyu,
    memberRule: memberIs("careCertified", true),
    memberReason: "要介護・要支援の認定を受けている",
    deadlineDays: 14,
    itemsToBring: ["受給資格証明書（前住所地で交付）"],
    forms: [{ formKey: "F16", mode: "each" }],
  },
  {
    key: "P13",
    title: "障害者手帳 居住地変更",
    departmentKey: "shougai",
    rule: moveTypeIn("tennyu", "tenkyo"),
    memberRule: hasHandbook,
    memberReason: "障害者手帳をお持ち",
    itemsToBring: ["お持ちの障害者手帳"],
    forms: [
      { formKey: "F17", mode: "each", memberRule: { in: ["physical", v("member.handbooks")] } },
      { formKey: "F18", mode: "each", memberRule: { in: ["intellectual", v("member.handbooks")] } },
      { formKey: "F19", mode: "each", memberRule: { in: ["mental", v("member.handbooks")] } },
    ],
  },
  {
    key: "P14",
    title: "心身障害者医療費助成（マル障）",
    departmentKey: "shougai",
    rule: moveTypeIn("tennyu", "tenkyo"),
    memberRule: memberIs("marushoRecipient", true),
    memberReason: "マル障の受給者",
    itemsToBring: ["マル障受給者証", "健康保険の資格確認書（保険証）"],
    forms: [{ formKey: "F20", mode: "each" }],
  },
  {
    key: "P15",
    title: "児童手当",
    departmentKey: "kodomo",
    rule: true,
    memberRule: memberIsChild,
    memberReason: "高校生年代までの児童",
    deadlineDays: 15,
    itemsToBring: ["請求者名義の預金通帳またはキャッシュカード", "請求者の健康保険の資格確認書（保険証）"],
    forms: [
      { formKey: "F21", mode: "household", when: tennyu },
      { formKey: "F22", mode: "household", when: tenkyo },
      { formKey: "F23", mode: "household", when: tenshutsu },
    ],
  },
  {
    key: "P16",
    title: "子ども医療費助成",
    departmentKey: "kodomo",
    rule: or(tennyu, is("childMedicalRecipient", true)),
    memberRule: memberIsChild,
    memberReason: "高校生年代までの児童",
    itemsToBring: ["お子さんの健康保険の資格確認書（保険証）"],
    forms: [
      { formKey: "F24", mode: "each", when: tennyu, memberRule: between(memberGrade, CHILD_MIN_GRADE, 0) },
      { formKey: "F25", mode: "each", when: tennyu, memberRule: between(memberGrade, 1, 9) },
      { formKey: "F26", mode: "each", when: tennyu, memberRule: between(memberGrade, 10, 12) },
      { formKey: "F30", mode: "household", when: tenkyo },
    ],
  },
  {
    key: "P17",
    title: "ひとり親家庭支援",
    departmentKey: "kodomo",
    rule: and(moveTypeIn("tennyu", "tenkyo"), is("singleParentHousehold", true)),
    memberRule: memberIsChild,
    memberReason: "ひとり親家庭の児童",
    itemsToBring: ["児童扶養手当証書（お持ちの方）", "マル親医療証（お持ちの方）"],
    forms: [
      { formKey: "F27", mode: "household" },
      { formKey: "F28", mode: "household" },
    ],
  },
  {
    key: "X01",
    title: "転校（区域外・転入学）",
    departmentKey: "gakumu",
    rule: and(moveTypeIn("tennyu", "tenkyo"), is("publicSchool", true)),
    memberRule: between(memberGrade, 1, 9),
    memberReason: "東雲市立の小・中学校に通う児童",
    reason: "お子さんが東雲市立の小・中学校に通うため",
    itemsToBring: ["在学証明書", "教科用図書給与証明書"],
    forms: [{ formKey: "X-F01", mode: "each" }],
  },
];
