import type { FormDef } from "@kakanai/engine";
import { says } from "./demo-form";
import { blank } from "./form-sections";
import { type GeneratedRow, type GeneratedSection, generatedForm } from "./generated-form";
import {
  chiefMournerSection,
  deceasedHandbooks,
  deceasedInsurance,
  deceasedSection,
  heirSection,
  lossDate,
  mournerApplicantSection,
} from "./okuyami-sections";

/**
 * The おくやみ desk's forms O-F01–O-F09 (demo-city.md, O01–O10 with "form"): one per procedure
 * ("once"), each about the deceased, with the 喪主 or 相続人代表 where money or tax papers go to them.
 * Sections in a fixed order: 亡くなった方, the form's own items, 喪主/相続人代表, 届出人.
 */
interface OkuyamiFormSpec {
  key: string;
  title: string;
  departmentKey: string;
  /** Heading of the deceased's section (what the form calls the person). */
  deceased: string;
  deceasedRows?: GeneratedRow[];
  items: { heading: string; rows: GeneratedRow[] };
  payee?: GeneratedSection;
}

function okuyamiForm(spec: OkuyamiFormSpec): FormDef {
  const sections = [
    deceasedSection(spec.deceased, spec.deceasedRows),
    spec.items,
    ...(spec.payee ? [spec.payee] : []),
    mournerApplicantSection,
  ];
  return generatedForm({ key: spec.key, title: spec.title, departmentKey: spec.departmentKey }, sections);
}

const death = [{ label: "理由", value: says("死亡") }];
const insuranceRow: GeneratedRow = [{ label: "加入していた健康保険", value: { expr: deceasedInsurance } }];

const specs: OkuyamiFormSpec[] = [
  {
    key: "O-F01",
    title: "世帯主変更届",
    departmentKey: "shimin",
    deceased: "前世帯主（亡くなった方）",
    items: {
      heading: "異動の内容",
      rows: [
        [
          { label: "異動の種類", value: says("世帯主変更（世帯主の死亡）") },
          { label: "異動日", value: { path: "deceased.deathDate", format: "wareki" } },
        ],
        [
          {
            label: "残る世帯員",
            value: { expr: { cat: [{ var: "deceased.remainingMembers" }, " 人"] } },
          },
          { label: "新しい世帯主の氏名" },
        ],
        blank("新しい世帯主の生年月日", "前世帯主との続柄"),
      ],
    },
  },
  {
    key: "O-F02",
    title: "国民健康保険 資格喪失届",
    departmentKey: "hoken-nenkin",
    deceased: "資格を喪失する方（亡くなった方）",
    items: {
      heading: "喪失の内容",
      rows: [[...death, { label: "資格喪失日", value: lossDate }], blank("記号・番号", "資格確認書の返却")],
    },
  },
  {
    key: "O-F03",
    title: "葬祭費 支給申請書",
    departmentKey: "hoken-nenkin",
    deceased: "亡くなった方（被保険者）",
    deceasedRows: [insuranceRow],
    items: {
      heading: "葬儀",
      rows: [blank("葬儀を行った日", "葬儀の場所"), blank("記号・番号（被保険者番号）", "支給額")],
    },
    payee: chiefMournerSection,
  },
  {
    key: "O-F04",
    title: "後期高齢者医療 資格喪失届",
    departmentKey: "hoken-nenkin",
    deceased: "被保険者（亡くなった方）",
    items: {
      heading: "喪失の内容",
      rows: [[...death, { label: "資格喪失日", value: lossDate }], blank("被保険者番号", "資格確認書の返却")],
    },
  },
  {
    key: "O-F05",
    title: "国民年金 受給権者死亡届・未支給年金請求書",
    departmentKey: "hoken-nenkin",
    deceased: "受給権者（亡くなった方）",
    items: {
      heading: "年金・未支給年金の請求者",
      rows: [
        blank("基礎年金番号", "年金コード"),
        [
          { label: "請求者の氏名", value: { path: "applicant.name" } },
          { label: "続柄", value: { path: "applicant.relationship" } },
        ],
        blank("生計同一関係", "請求者の振込先口座"),
      ],
    },
  },
  {
    key: "O-F06",
    title: "介護保険 資格喪失届",
    departmentKey: "kaigo",
    deceased: "被保険者（亡くなった方）",
    items: {
      heading: "喪失の内容",
      rows: [[...death, { label: "資格喪失日", value: lossDate }], blank("被保険者番号", "被保険者証の返却")],
    },
    payee: heirSection("保険料還付金の受取人（相続人代表）", "振込先口座（相続人代表名義）"),
  },
  {
    key: "O-F07",
    title: "障害者手帳 返還届",
    departmentKey: "shougai",
    deceased: "手帳をお持ちだった方",
    items: {
      heading: "返還する手帳",
      rows: [
        [{ label: "手帳の種類", value: { expr: deceasedHandbooks } }],
        [...death, { label: "手帳番号" }],
      ],
    },
  },
  {
    key: "O-F08",
    title: "児童手当 受給事由消滅届",
    departmentKey: "kodomo",
    deceased: "受給者（亡くなった方）",
    items: {
      heading: "消滅の事由",
      rows: [
        [{ label: "事由", value: says("受給者の死亡") }],
        blank("受給者番号", "支給対象の児童数"),
        blank("今後児童を養育する方", "児童との続柄"),
      ],
    },
  },
  {
    key: "O-F09",
    title: "固定資産 相続人代表者指定届",
    departmentKey: "shisanzei",
    deceased: "納税義務者（亡くなった方）",
    items: {
      heading: "指定の内容",
      rows: [
        [{ label: "届出の内容", value: says("固定資産税の書類を受け取る相続人代表者の指定") }],
        blank("資産の所在地", "相続人の人数"),
      ],
    },
    payee: heirSection("相続人代表者"),
  },
];

/** O-F01–O-F09, generated (no uploaded originals). */
export const okuyamiForms: FormDef[] = specs.map(okuyamiForm);
