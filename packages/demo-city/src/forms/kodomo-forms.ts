import { type DemoFormSpec, insuranceOf, says } from "./demo-form";
import { blank, src } from "./form-sections";

const insuranceRow = [{ label: "加入している健康保険", value: insuranceOf }];
const childRows = 5;

/** こども育成課 forms (児童手当, 子ども医療費, ひとり親) except F21, which has an uploaded original. */
export const kodomoSpecs: DemoFormSpec[] = [
  {
    key: "F22",
    title: "児童手当 住所変更届",
    departmentKey: "kodomo",
    about: { table: "養育している児童", rows: childRows },
    claimant: true,
    items: { heading: "受給者", rows: [blank("受給者番号", "振込先の変更")] },
  },
  {
    key: "F23",
    title: "児童手当 受給事由消滅届",
    departmentKey: "kodomo",
    about: { table: "支給対象の児童", rows: childRows },
    claimant: true,
    move: "out",
    items: {
      heading: "消滅の事由",
      rows: [[{ label: "事由", value: says("転出（東雲市外への住所変更）") }], blank("受給者番号")],
    },
  },
  {
    key: "F24",
    title: "乳幼児医療費助成（マル乳）申請書",
    departmentKey: "kodomo",
    about: { person: "対象となるお子さん（小学校入学前）", rows: [insuranceRow] },
    claimant: true,
    // 転入 and 出生 both print it: only the address in the city.
    move: "here",
    items: { heading: "健康保険", rows: [blank("保険者名", "記号・番号")] },
  },
  {
    key: "F25",
    title: "義務教育就学児医療費助成（マル子）申請書",
    departmentKey: "kodomo",
    about: {
      person: "対象となるお子さん（小・中学生）",
      rows: [[{ label: "在学する学校" }, { label: "学年", value: src("person.schoolGrade") }], insuranceRow],
    },
    claimant: true,
  },
  {
    key: "F26",
    title: "高校生等医療費助成（マル青）申請書",
    departmentKey: "kodomo",
    about: { person: "対象となる方（高校生年代）", rows: [insuranceRow] },
    claimant: true,
    items: {
      heading: "就学・就労の状況",
      rows: [blank("在学する学校", "就労の有無"), blank("保険者名", "記号・番号")],
    },
  },
  {
    key: "F27",
    title: "児童扶養手当 住所変更届",
    departmentKey: "kodomo",
    about: { table: "対象となる児童", rows: childRows },
    claimant: true,
    items: { heading: "児童扶養手当", rows: [blank("証書番号", "支給区分")] },
  },
  {
    key: "F28",
    title: "ひとり親家庭等医療費助成（マル親）申請書",
    departmentKey: "kodomo",
    about: {
      table: "対象となる児童",
      rows: childRows,
      columns: [{ label: "健康保険", widthMm: 30, value: insuranceOf }],
    },
    claimant: true,
    items: { heading: "ひとり親家庭", rows: [blank("ひとり親となった事由", "その年月日")] },
  },
  {
    key: "F29",
    title: "児童手当 額改定請求書",
    departmentKey: "kodomo",
    about: { baby: "新たに養育する児童", parents: "none" },
    claimant: true,
    items: { heading: "受給の状況", rows: [blank("受給者番号", "現在の支給対象児童数")] },
  },
  {
    key: "X-F01",
    title: "転入学届",
    departmentKey: "gakumu",
    about: {
      person: "転入学する児童",
      rows: [[{ label: "学年", value: src("person.schoolGrade") }, { label: "前に在学した学校" }]],
    },
    claimant: true,
    items: { heading: "転入学", rows: [blank("転入学する学校", "転入学の日")] },
  },
  {
    key: "F30",
    title: "子ども医療費 登録内容変更届",
    departmentKey: "kodomo",
    about: { table: "医療証をお持ちのお子さん", rows: childRows },
    claimant: true,
    items: {
      heading: "変更の内容",
      rows: [[{ label: "変更する事項", value: says("住所") }], blank("医療証番号")],
    },
  },
];
