import type { BundleInput, Rule } from "@kakanai/engine";
import { atLeast, is, oneOf, v } from "../jumin-idou/rules";

type Procedures = BundleInput["procedures"];

const ID = "届出人の本人確認書類";
const DEATH = "死亡の事実がわかる書類（死亡診断書の写しなど）";

const once = (formKey: string, when?: Rule) => [
  { formKey, mode: "once" as const, ...(when ? { when } : {}) },
];

/**
 * O01–O12 of demo-city.md. The おくやみ desk prints a checklist (department, counter, deadline,
 * what to bring) and, for the procedures with a form, one prefilled form each (O-F01–O-F09);
 * O02, O11, O12 and 厚生年金 (年金事務所) stay checklist items. Deadlines count from the date of death.
 */
export const okuyamiProcedures: Procedures = [
  {
    key: "O01",
    title: "世帯主変更届",
    departmentKey: "shimin",
    // remainingMembers is asked only of a 世帯主, so a stale count never counts.
    rule: atLeast(v("deceased.remainingMembers"), 2),
    reason: "世帯主が亡くなり、2人以上の世帯員が残るため新しい世帯主を届け出ます",
    deadlineDays: 14,
    itemsToBring: [ID],
    forms: once("O-F01"),
  },
  {
    key: "O02",
    title: "印鑑登録証の返却",
    departmentKey: "shimin",
    rule: is("deceased.hadSealRegistration", true),
    reason: "印鑑登録は死亡により廃止されます。登録証（カード）をお返しください",
    itemsToBring: ["印鑑登録証（カード）"],
  },
  {
    key: "O03",
    title: "国民健康保険 資格喪失",
    departmentKey: "hoken-nenkin",
    rule: is("deceased.insurance", "kokuho"),
    reason: "国民健康保険の資格がなくなります",
    deadlineDays: 14,
    itemsToBring: ["国民健康保険の資格確認書（保険証）", ID],
    forms: once("O-F02"),
  },
  {
    key: "O04",
    title: "葬祭費 支給申請",
    departmentKey: "hoken-nenkin",
    rule: oneOf("deceased.insurance", ["kokuho", "kouki"]),
    reason: "葬儀を行った方（喪主）に葬祭費が支給されます",
    deadlineDays: 730,
    itemsToBring: ["葬儀の領収書または会葬礼状（喪主の名前がわかるもの）", "喪主名義の預金通帳"],
    forms: once("O-F03"),
  },
  {
    key: "O05",
    title: "後期高齢者医療 資格喪失",
    departmentKey: "hoken-nenkin",
    rule: is("deceased.insurance", "kouki"),
    reason: "後期高齢者医療の資格がなくなります",
    deadlineDays: 14,
    itemsToBring: ["後期高齢者医療の資格確認書（保険証）"],
    forms: once("O-F04"),
  },
  {
    key: "O06",
    title: "国民年金 受給権者死亡届・未支給年金",
    departmentKey: "hoken-nenkin",
    rule: oneOf("deceased.receivedPension", ["kokumin", "kosei"]),
    reason: "年金を受けていた方が亡くなったため、年金を止め、未支給分を請求します",
    deadlineDays: 14,
    // 厚生年金は年金事務所の手続き（10日以内）: the desk lists it, it does not take it.
    conditionalDeadlines: [{ days: 10, when: is("deceased.receivedPension", "kosei") }],
    itemsToBring: ["年金証書", DEATH],
    conditionalItems: [
      { item: "年金事務所での手続き（厚生年金）", when: is("deceased.receivedPension", "kosei") },
    ],
    forms: once("O-F05", is("deceased.receivedPension", "kokumin")),
  },
  {
    key: "O07",
    title: "介護保険 資格喪失",
    departmentKey: "kaigo",
    rule: v("kaigoRefund"),
    reason: "介護保険の資格がなくなります。保険料の還付は相続人代表に振り込みます",
    deadlineDays: 14,
    itemsToBring: ["介護保険被保険者証", "相続人代表名義の預金通帳"],
    forms: once("O-F06"),
  },
  {
    key: "O08",
    title: "障害者手帳 返還",
    departmentKey: "shougai",
    rule: { "!!": [v("deceased.handbooks")] },
    reason: "障害者手帳をお返しください",
    itemsToBring: ["お持ちだった障害者手帳"],
    forms: once("O-F07"),
  },
  {
    key: "O09",
    title: "児童手当 受給事由消滅",
    departmentKey: "kodomo",
    rule: is("deceased.wasChildAllowanceRecipient", true),
    reason: "児童手当の受給者が亡くなったため",
    deadlineDays: 15,
    itemsToBring: [ID],
    forms: once("O-F08"),
  },
  {
    key: "O10",
    title: "固定資産 相続人代表者指定届",
    departmentKey: "shisanzei",
    rule: is("deceased.ownedRealEstate", true),
    reason: "固定資産税の書類を受け取る相続人代表を届け出ます",
    itemsToBring: ["相続人代表の本人確認書類"],
    forms: once("O-F09"),
  },
  {
    key: "O11",
    title: "原付 廃車・名義変更",
    departmentKey: "shisanzei",
    rule: is("deceased.ownedMoped", true),
    reason: "原動機付自転車の廃車または名義変更が必要です",
    itemsToBring: ["ナンバープレート（廃車の場合）", "標識交付証明書"],
  },
  {
    key: "O12",
    title: "犬の死亡届",
    departmentKey: "kankyo",
    rule: is("deceased.ownedDog", true),
    reason: "飼い主が亡くなったため、犬の登録を変更または廃止します",
    deadlineDays: 30,
    itemsToBring: ["犬の鑑札", "狂犬病予防注射済票"],
  },
];
