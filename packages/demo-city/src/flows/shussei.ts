import type { BundleInput } from "@kakanai/engine";
import { juminIdouPostalCodes } from "./jumin-idou/postal-codes";
import { is, oneOf, or, v } from "./jumin-idou/rules";
import { shusseiPrint } from "./print-models";
import { shusseiTests } from "./shussei/flow-tests";

type Flow = Omit<BundleInput, "forms" | "departments">;

const options = (entries: [string, string][]) => entries.map(([value, label]) => ({ value, label }));
const INSURANCE = options([
  ["employer", "社会保険（勤務先の保険）"],
  ["kokuho", "国民健康保険"],
  ["welfare", "生活保護"],
  ["none", "加入していない"],
]);
const withFather = is("hasFather", true);
const motherKokuho = is("mother.insurance", "kokuho");
// The father's answers count only while his column is asked (hasFather): no need to repeat it here.
const fatherKokuho = is("father.insurance", "kokuho");

function parent(
  who: "mother" | "father",
  label: string,
  visibleIf?: BundleInput["questions"][number]["visibleIf"],
) {
  const q = (key: string, kind: "text" | "kana" | "date", text: string) => ({
    id: `${who}-${key}`,
    key: `${who}.${key}`,
    kind,
    label: `${label}の${text}`,
    ...(visibleIf ? { visibleIf } : {}),
  });
  return [
    q("name", "text", "氏名"),
    q("kana", "kana", "フリガナ"),
    q("birthDate", "date", "生年月日"),
    {
      id: `${who}-ins`,
      key: `${who}.insurance`,
      kind: "choice" as const,
      label: `${label}の健康保険`,
      options: INSURANCE,
      ...(visibleIf ? { visibleIf } : {}),
    },
  ];
}

/**
 * The 出生 flow of 東雲市 (demo-city.md): the reference date is the baby's birth date; P05 出生届
 * always, 国保 and 出産育児一時金 by the parents' insurance, 児童手当 by whether the household already
 * receives it, 子ども医療費 (マル乳) for the baby.
 */
export const shusseiFlow: Flow = {
  schemaVersion: 1,
  flow: { key: "shussei", kind: "shussei", title: "出生", referenceDate: v("baby.birthDate") },
  questions: [
    { id: "baby-name", key: "baby.name", kind: "text", label: "赤ちゃんの氏名" },
    { id: "baby-kana", key: "baby.kana", kind: "kana", label: "赤ちゃんのフリガナ" },
    { id: "baby-birth", key: "baby.birthDate", kind: "date", label: "生まれた日", dateBound: "notFuture" },
    {
      id: "baby-sex",
      key: "baby.sex",
      kind: "choice",
      label: "性別",
      options: options([
        ["M", "男"],
        ["F", "女"],
      ]),
    },
    ...parent("mother", "母"),
    { id: "has-father", key: "hasFather", kind: "boolean", label: "父の欄を記入しますか" },
    ...parent("father", "父", withFather),
    { id: "head-name", key: "headOfHousehold.name", kind: "text", label: "世帯主の氏名" },
    {
      id: "head-rel",
      key: "headOfHousehold.relationshipOfBaby",
      kind: "text",
      label: "世帯主から見た赤ちゃんの続柄",
    },
    { id: "address", key: "address", kind: "address", label: "住所（東雲市内）" },
    {
      id: "allowance",
      key: "childAllowanceStatus",
      kind: "choice",
      label: "上のお子さんの児童手当を東雲市で受けていますか",
      options: options([
        ["none", "受けていない"],
        ["receiving", "受けている"],
      ]),
    },
    {
      id: "claimant",
      key: "childAllowanceClaimant",
      kind: "choice",
      label: "児童手当を請求する方（父母のうち所得の高い方）",
      options: options([
        ["mother", "母"],
        ["father", "父"],
      ]),
      visibleIf: withFather,
    },
    {
      id: "app-role",
      key: "applicant.role",
      kind: "choice",
      label: "届出人（窓口に来た方）は",
      options: options([
        ["father", "父"],
        ["mother", "母"],
        ["other", "その他（同居者・医師・助産師など）"],
      ]),
    },
    { id: "app-name", key: "applicant.name", kind: "text", label: "届出人の氏名" },
    { id: "app-kana", key: "applicant.kana", kind: "kana", label: "届出人のフリガナ" },
    { id: "app-phone", key: "applicant.phone", kind: "text", label: "日中に連絡がつく電話番号" },
  ],
  // Stored as written: the studio's 様式 tab lists the computed values, so the draft carries the list.
  computed: [],
  procedures: [
    {
      key: "P05",
      title: "出生届",
      departmentKey: "shimin",
      rule: true,
      reason: "赤ちゃんが生まれたため",
      // 戸籍法: 14日以内, counted from the birth day itself (初日算入), so the last day is birth + 13.
      deadlineDays: 13,
      itemsToBring: ["出生証明書（出生届の右側）", "母子健康手帳"],
      // The baby is the person of the 出生 flow (print.persons): every form is about the baby.
      forms: [
        { formKey: "F05", mode: "household" },
        { formKey: "F06", mode: "household" },
      ],
    },
    {
      key: "P06",
      title: "国民健康保険",
      departmentKey: "hoken-nenkin",
      rule: or(motherKokuho, fatherKokuho),
      reason: "親が国民健康保険に加入しているため、赤ちゃんも加入します",
      deadlineDays: 14,
      forms: [{ formKey: "F07", mode: "household" }],
    },
    {
      key: "P09",
      title: "出産育児一時金",
      departmentKey: "hoken-nenkin",
      rule: motherKokuho,
      reason: "母が国民健康保険に加入しているため",
      itemsToBring: ["医療機関との直接支払制度の合意文書", "振込先口座のわかるもの"],
      forms: [{ formKey: "F13", mode: "household" }],
    },
    {
      key: "P15",
      title: "児童手当",
      departmentKey: "kodomo",
      rule: oneOf("childAllowanceStatus", ["none", "receiving"]),
      reason: "赤ちゃんの児童手当の手続きです",
      deadlineDays: 15,
      itemsToBring: ["請求者名義の預金通帳またはキャッシュカード"],
      forms: [
        { formKey: "F21", mode: "household", when: is("childAllowanceStatus", "none") },
        { formKey: "F29", mode: "household", when: is("childAllowanceStatus", "receiving") },
      ],
    },
    {
      key: "P16",
      title: "子ども医療費助成",
      departmentKey: "kodomo",
      rule: true,
      reason: "乳幼児医療費助成（マル乳）の申請です",
      itemsToBring: ["赤ちゃんの健康保険の資格確認書（届いてから）"],
      forms: [{ formKey: "F24", mode: "each" }],
    },
  ],
  tests: shusseiTests,
  print: shusseiPrint,
  // The city's offline postal codes: a known code fills 都道府県・市区町村・町名 at the counter.
  postalCodes: juminIdouPostalCodes,
};
