import type { BundleInput } from "@kakanai/engine";
import { juminIdouPostalCodes } from "./jumin-idou/postal-codes";
import { and, atLeast, is, v } from "./jumin-idou/rules";
import { shoumeiPrint } from "./print-models";

type Flow = Omit<BundleInput, "forms" | "departments">;
type Json = NonNullable<Flow["tests"]>[number]["answers"];

const options = (entries: [string, string][]) => entries.map(([value, label]) => ({ value, label }));
export const FEE_PER_COPY_YEN = 300;
const agent = is("requester", "agent");
/** A copy with マイナンバー or 住民票コード is never handed to an 代理人: it is mailed to the person. */
const mailed = v("mailedToResident");
const MAIL_NOTICE =
  "マイナンバーまたは住民票コードが載った写しは代理人にはお渡しできません。ご本人の住所へ郵送します";

/** The 証明書 (住民票の写し) request of demo-city.md: who asks, whose record, what it shows, copies. */
export const shoumeiFlow: Flow = {
  schemaVersion: 1,
  flow: { key: "shoumei", kind: "shoumei", title: "証明書（住民票の写し）", referenceDate: v("requestDate") },
  questions: [
    { id: "date", key: "requestDate", kind: "date", label: "請求日", defaultToday: true },
    {
      id: "requester",
      key: "requester",
      kind: "choice",
      label: "窓口に来た方は",
      options: options([
        ["self", "本人"],
        ["household", "同じ世帯の方"],
        ["agent", "代理人（委任状をお持ちの方）"],
      ]),
    },
    { id: "requester-name", key: "requesterName", kind: "text", label: "窓口に来た方の氏名" },
    { id: "subject-name", key: "subject.name", kind: "text", label: "住民票が必要な方の氏名" },
    { id: "subject-kana", key: "subject.kana", kind: "kana", label: "住民票が必要な方のフリガナ" },
    {
      id: "subject-birth",
      key: "subject.birthDate",
      kind: "date",
      label: "住民票が必要な方の生年月日",
      dateBound: "notFuture",
    },
    { id: "subject-address", key: "subject.address", kind: "address", label: "住民票が必要な方の住所" },
    {
      id: "type",
      key: "certificateType",
      kind: "choice",
      label: "どなたの分が必要ですか",
      options: options([
        ["all", "世帯全員"],
        ["partial", "世帯の一部の方"],
      ]),
    },
    {
      id: "partial",
      key: "partialNames",
      kind: "text",
      label: "載せる方の氏名",
      visibleIf: is("certificateType", "partial"),
    },
    {
      id: "items",
      key: "includeItems",
      kind: "multi",
      label: "記載する項目（なければ選ばずに次へ）",
      required: false,
      options: options([
        ["headAndRelationship", "世帯主・続柄"],
        ["honseki", "本籍・筆頭者"],
        ["myNumber", "マイナンバー（個人番号）"],
        ["residentCode", "住民票コード"],
      ]),
    },
    { id: "copies", key: "copies", kind: "number", label: "何通必要ですか", min: 1, max: 10 },
    { id: "mail-notice", key: "mailNotice", kind: "notice", label: MAIL_NOTICE, visibleIf: mailed },
  ],
  computed: [
    { key: "feeYen", expr: { "*": [{ "??": [v("copies"), 0] }, FEE_PER_COPY_YEN] } },
    {
      key: "hasSensitiveItems",
      expr: { some: [{ "??": [v("includeItems"), []] }, { in: [v(""), ["myNumber", "residentCode"]] }] },
    },
    { key: "mailedToResident", expr: and(agent, v("hasSensitiveItems")) },
  ],
  procedures: [
    {
      key: "S01",
      title: "住民票の写しの交付",
      departmentKey: "shimin",
      rule: atLeast(v("copies"), 1),
      reason: `住民票の写しを交付します（1通${FEE_PER_COPY_YEN}円）`,
      itemsToBring: ["窓口に来た方の本人確認書類", "手数料"],
      conditionalItems: [{ item: "委任状", when: agent }],
      forms: [{ formKey: "F04", mode: "household" }],
    },
    {
      key: "S02",
      title: "マイナンバー・住民票コード入りの写しの郵送",
      departmentKey: "shimin",
      rule: mailed,
      reason: MAIL_NOTICE,
    },
  ],
  print: shoumeiPrint,
  // The city's offline postal codes: a known code fills 都道府県・市区町村・町名 at the counter.
  postalCodes: juminIdouPostalCodes,
  tests: [
    test("本人・世帯全員・1通", {}, ["S01"]),
    test("本人・マイナンバー入り（窓口で交付）", { includeItems: ["myNumber"] }, ["S01"]),
    test(
      "同一世帯・マイナンバー入り・3通（窓口で交付）",
      { requester: "household", includeItems: ["myNumber"], copies: 3 },
      ["S01"],
    ),
    test("代理人・マイナンバー入り（郵送）", { requester: "agent", includeItems: ["myNumber"] }, [
      "S01",
      "S02",
    ]),
    test("代理人・住民票コード入り（郵送）", { requester: "agent", includeItems: ["residentCode"] }, [
      "S01",
      "S02",
    ]),
    test(
      "代理人・世帯主と続柄・本籍のみ（窓口で交付）",
      { requester: "agent", includeItems: ["headAndRelationship", "honseki"] },
      ["S01"],
    ),
    test(
      "代理人・一部の方・マイナンバーと住民票コード（郵送）",
      {
        requester: "agent",
        certificateType: "partial",
        partialNames: "東雲 花子",
        includeItems: ["myNumber", "residentCode"],
      },
      ["S01", "S02"],
    ),
  ],
};

function test(name: string, extra: Json, expectProcedures: string[]) {
  return { name, answers: request(extra), expectProcedures, expectForms: { F04: 1 } };
}

function request(extra: Json): Json {
  return {
    requestDate: "2025-04-01",
    requester: "self",
    requesterName: "東雲 太郎",
    subject: {
      name: "東雲 太郎",
      kana: "シノノメ タロウ",
      birthDate: "1985-05-05",
      address: {
        postalCode: "1350061",
        prefecture: "東京都",
        city: "東雲市",
        town: "東雲一丁目",
        banchi: "1-1",
      },
    },
    certificateType: "all",
    includeItems: [],
    copies: 1,
    ...extra,
  };
}
