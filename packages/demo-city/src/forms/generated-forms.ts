import type { FormDef } from "@kakanai/engine";
import {
  type DemoFormSpec,
  demoForm,
  handbooksOf,
  insuranceOf,
  residenceCopiesTotal,
  says,
} from "./demo-form";
import { blank } from "./form-sections";
import { kodomoSpecs } from "./kodomo-forms";

const insuranceRow = [{ label: "加入している健康保険", value: insuranceOf }];
const kokuhoRows = 6;

/**
 * The demo city's forms that have no uploaded original, each from a short description; F01, F07
 * and F21 are laid over real base PDFs instead (see index.ts).
 */
const specs: DemoFormSpec[] = [
  {
    key: "F02",
    title: "個人番号カード継続利用・記載事項変更申請書",
    departmentKey: "shimin",
    about: { person: "カードの名義人" },
    items: {
      heading: "申請の内容",
      rows: [
        [{ label: "申請の種類", value: says("継続利用・券面記載事項（住所）の変更") }],
        blank("暗証番号の照合", "券面への追記"),
      ],
    },
  },
  {
    key: "F03",
    title: "印鑑登録申請書",
    departmentKey: "shimin",
    about: { person: "登録する方" },
    items: {
      heading: "登録する印鑑",
      rows: [[{ label: "申請の区分", value: says("新規登録") }], [{ label: "印影", heightMm: 30 }]],
    },
  },
  {
    key: "F04",
    title: "住民票の写し等交付請求書",
    departmentKey: "shimin",
    // One request for everyone who needs copies, whatever the flow: 住民異動 or 証明書.
    about: { list: "必要な方" },
    move: "here",
    applicant: "short",
    items: {
      heading: "請求の内容",
      rows: [
        [
          { label: "種類", value: says("住民票の写し") },
          { label: "合計部数", value: residenceCopiesTotal },
        ],
        blank("使いみち", "記載事項（続柄・本籍など）"),
      ],
    },
  },
  {
    key: "F05",
    title: "出生届",
    departmentKey: "shimin",
    about: { baby: "生まれた子", parents: "both", rows: [blank("生まれたところ", "出生の時刻")] },
  },
  {
    key: "F06",
    title: "出生通知票（母子保健）",
    departmentKey: "shimin",
    about: {
      baby: "お子さん",
      parents: "mother",
      rows: [blank("出生時の体重", "身長"), blank("在胎週数", "出生した医療機関")],
    },
  },
  {
    key: "F08",
    title: "国民健康保険 資格喪失届",
    departmentKey: "hoken-nenkin",
    about: {
      table: "資格を喪失する方",
      rows: kokuhoRows,
      columns: [{ label: "喪失の理由", widthMm: 22, value: says("転出") }],
    },
    move: "out",
    items: { heading: "保険証", rows: [blank("記号・番号", "資格確認書の返却")] },
  },
  {
    key: "F09",
    title: "国民健康保険 記載事項変更届",
    departmentKey: "hoken-nenkin",
    about: {
      table: "変更のある方",
      rows: kokuhoRows,
      columns: [{ label: "変更する事項", widthMm: 22, value: says("住所") }],
    },
    items: { heading: "保険証", rows: [blank("記号・番号", "資格確認書の差替え")] },
  },
  {
    key: "F10",
    title: "国民年金被保険者関係届書",
    departmentKey: "hoken-nenkin",
    about: { person: "被保険者" },
    items: {
      heading: "届出の内容",
      rows: [
        [{ label: "届出の種類", value: says("資格取得（海外からの転入）") }],
        [{ label: "入国日", value: { path: "moveDate", format: "wareki" } }, { label: "基礎年金番号" }],
      ],
    },
  },
  {
    key: "F11",
    title: "後期高齢者医療 資格取得（異動）届",
    departmentKey: "hoken-nenkin",
    about: { person: "被保険者", rows: [insuranceRow] },
    items: {
      heading: "届出の内容",
      rows: [
        [
          {
            label: "前住所",
            value: {
              expr: {
                if: [{ var: "fromOtherPrefecture" }, "他の道府県（負担区分等証明書を添付）", "東京都内"],
              },
            },
          },
        ],
        blank("被保険者番号", "負担区分"),
      ],
    },
  },
  {
    key: "F12",
    title: "後期高齢者医療 資格喪失届",
    departmentKey: "hoken-nenkin",
    about: { person: "被保険者" },
    move: "out",
    items: {
      heading: "届出の内容",
      rows: [[{ label: "喪失の理由", value: says("転出") }], blank("被保険者番号", "資格確認書の返却")],
    },
  },
  {
    key: "F13",
    title: "出産育児一時金支給申請書",
    departmentKey: "hoken-nenkin",
    about: { baby: "出生した子", parents: "mother", motherFirst: true },
    items: { heading: "振込先", rows: [blank("金融機関名", "支店名"), blank("口座番号", "口座名義")] },
  },
  {
    key: "F14",
    title: "ひとり暮らし高齢者等登録申請書",
    departmentKey: "koureisha",
    about: { person: "登録する方" },
    items: {
      heading: "緊急連絡先",
      rows: [blank("氏名", "続柄"), blank("電話番号", "かかりつけ医")],
    },
  },
  {
    key: "F15",
    title: "介護保険 資格取得・異動・喪失届",
    departmentKey: "kaigo",
    about: { person: "被保険者" },
    items: { heading: "介護保険", rows: [blank("被保険者番号", "被保険者証の交付")] },
  },
  {
    key: "F16",
    title: "要介護・要支援認定申請書",
    departmentKey: "kaigo",
    about: { person: "被保険者" },
    items: {
      heading: "申請の内容",
      rows: [
        [{ label: "申請の区分", value: says("転入による認定の引継ぎ（受給資格証明書）") }],
        blank("前住所地での要介護状態区分", "認定の有効期間"),
        blank("主治医", "医療機関名"),
      ],
    },
  },
  ...(
    [
      ["F17", "身体障害者手帳 居住地等変更届", ["手帳番号", "障害の等級"], ["障害名", "交付年月日"]],
      ["F18", "愛の手帳 居住地変更届", ["手帳番号", "障害の程度"], ["交付年月日", "次回判定年月"]],
      [
        "F19",
        "精神障害者保健福祉手帳 記載事項変更届",
        ["手帳番号", "障害等級"],
        ["有効期限", "自立支援医療の有無"],
      ],
    ] as const
  ).map(
    ([key, title, first, second]): DemoFormSpec => ({
      key,
      title,
      departmentKey: "shougai",
      about: { person: "手帳をお持ちの方" },
      items: {
        heading: "手帳",
        rows: [[{ label: "届出の内容", value: says("居住地の変更") }], blank(...first), blank(...second)],
      },
    }),
  ),
  {
    key: "F20",
    title: "心身障害者医療費助成（マル障）認定申請書",
    departmentKey: "shougai",
    about: {
      person: "対象となる方",
      rows: [[{ label: "お持ちの手帳", value: handbooksOf }], insuranceRow],
    },
    items: { heading: "受給者証", rows: [blank("前住所地の受給者番号", "保険者名")] },
  },
];

/** Demo forms without an uploaded original: laid out by generatedForm from `specs`. */
export const generatedForms: FormDef[] = [...specs, ...kodomoSpecs].map(demoForm);
