import type { BundleInput } from "@kakanai/engine";

type FlowTests = NonNullable<BundleInput["tests"]>;
/** Answers as flow tests store them: JSON only. */
type Json = FlowTests[number]["answers"];

const address = (city: string) => ({
  postalCode: "135-0061",
  prefecture: "東京都",
  city,
  town: "本町",
  banchi: "1-2-3",
});

/** A person with every member answer given (defaults: 会社員の保険, no card, no handbook). */
export function person(name: string, birthDate: string, extra: Json = {}): Json {
  return {
    name,
    kana: "シノノメ タロウ",
    birthDate,
    sex: "M",
    relationship: "世帯主",
    nationality: "JP",
    insurance: "employer",
    hasMyNumberCard: false,
    wantsSealRegistration: false,
    wantsResidenceCertificate: 0,
    handbooks: [],
    marushoRecipient: false,
    careCertified: false,
    livesAlone: false,
    ...extra,
  };
}

/** Complete answers for a move on 2025-04-01 (令和7年4月1日) unless overridden. */
export function household(moveType: string, members: Json[], extra: Json = {}): Json {
  return {
    moveType,
    moveDate: "2025-04-01",
    fromAbroad: false,
    fromOtherPrefecture: false,
    oldAddress: address("江東区"),
    newAddress: address("東雲市"),
    householdStatus: "whole",
    applicant: { role: "self", name: "東雲 太郎", kana: "シノノメ タロウ", phone: "03-1234-5678" },
    members,
    childAllowanceClaimant: 0,
    childMedicalRecipient: false,
    singleParentHousehold: false,
    publicSchool: false,
    ...extra,
  };
}

const parent = person("東雲 太郎", "1985-05-05");
const child = (birthDate: string, extra: Json = {}) =>
  person("東雲 一郎", birthDate, { relationship: "子", kana: "シノノメ イチロウ", ...extra });
const kokuho = { insurance: "kokuho" };

/** A 12-person household: grandparents, parents and eight children from 高校生年代 to 乳幼児. */
export const twelvePeople: Json[] = [
  person("東雲 源蔵", "1950-06-01", { ...kokuho, relationship: "父" }),
  person("東雲 梅", "1952-06-01", { ...kokuho, relationship: "母", sex: "F" }),
  person("東雲 太郎", "1980-05-05", kokuho),
  person("東雲 花子", "1982-05-05", { ...kokuho, relationship: "妻", sex: "F" }),
  ...[
    "2008-01-10",
    "2010-05-01",
    "2012-05-01",
    "2014-05-01",
    "2016-05-01",
    "2018-05-01",
    "2020-05-01",
    "2023-05-01",
  ].map((birthDate) => child(birthDate, kokuho)),
];

export const juminIdouTests: FlowTests = [
  {
    name: "転居・単身・会社員の保険",
    answers: household("tenkyo", [person("東雲 太郎", "1990-05-05")]),
    expectProcedures: ["P01"],
    expectForms: { F01: 1 },
  },
  {
    name: "転入・国保・マイナンバーカード・印鑑登録・住民票2通",
    answers: household("tennyu", [
      person("東雲 太郎", "1990-05-05", {
        ...kokuho,
        hasMyNumberCard: true,
        wantsSealRegistration: true,
        wantsResidenceCertificate: 2,
      }),
    ]),
    expectProcedures: ["P01", "P02", "P03", "P04", "P06"],
    expectForms: { F01: 1, F02: 1, F03: 1, F04: 1, F07: 1 },
  },
  {
    name: "65歳の誕生日の前日に転居（介護保険の対象）",
    answers: household("tenkyo", [person("東雲 太郎", "1960-04-02")]),
    expectProcedures: ["P01", "P11"],
    expectForms: { F01: 1, F15: 1 },
  },
  {
    name: "65歳の誕生日の2日前に転居（まだ64歳）",
    answers: household("tenkyo", [person("東雲 太郎", "1960-04-03")]),
    expectProcedures: ["P01"],
    expectForms: { F01: 1 },
  },
  {
    name: "75歳の誕生日に他県から転入（後期高齢者医療）",
    answers: household("tennyu", [person("東雲 太郎", "1950-04-01", kokuho)], { fromOtherPrefecture: true }),
    expectProcedures: ["P01", "P08", "P11"],
    expectForms: { F01: 1, F11: 1, F15: 1 },
  },
  {
    name: "75歳の誕生日の前日に転入（国保に加入）",
    answers: household("tennyu", [person("東雲 太郎", "1950-04-02", kokuho)]),
    expectProcedures: ["P01", "P06", "P11"],
    expectForms: { F01: 1, F07: 1, F15: 1 },
  },
  {
    name: "2018年4月2日生まれは小学1年（マル子）",
    answers: household("tennyu", [parent, child("2018-04-02")]),
    expectProcedures: ["P01", "P15", "P16"],
    expectForms: { F01: 1, F21: 1, F25: 1 },
  },
  {
    name: "4月1日生まれの6歳は小学1年",
    answers: household("tennyu", [parent, child("2019-04-01")]),
    expectProcedures: ["P01", "P15", "P16"],
    expectForms: { F01: 1, F21: 1, F25: 1 },
  },
  {
    name: "4月2日生まれの6歳は未就学（マル乳）",
    answers: household("tennyu", [parent, child("2019-04-02")]),
    expectProcedures: ["P01", "P15", "P16"],
    expectForms: { F01: 1, F21: 1, F24: 1 },
  },
  {
    name: "4月2日生まれの17歳は高校生年代（マル青）",
    answers: household("tennyu", [parent, child("2007-04-02")]),
    expectProcedures: ["P01", "P15", "P16"],
    expectForms: { F01: 1, F21: 1, F26: 1 },
  },
  {
    name: "4月1日生まれの18歳は児童手当・医療費助成の対象外",
    answers: household("tennyu", [parent, child("2007-04-01")]),
    expectProcedures: ["P01"],
    expectForms: { F01: 1 },
  },
  {
    name: "12人世帯の転入（国保・3世代）",
    answers: household("tennyu", twelvePeople),
    expectProcedures: ["P01", "P06", "P11", "P15", "P16"],
    expectForms: { F01: 1, F07: 1, F15: 2, F21: 1, F24: 2, F25: 5, F26: 1 },
  },
  {
    name: "国外からの転入（国民年金）",
    answers: household(
      "tennyu",
      [person("シノノメ ジョン", "1995-06-01", { nationality: "foreign", insurance: "none" })],
      {
        fromAbroad: true,
      },
    ),
    expectProcedures: ["P01", "P06", "P07"],
    expectForms: { F01: 1, F07: 1, F10: 1 },
  },
  {
    name: "国外からの転入・60歳（国民年金の対象外）",
    answers: household("tennyu", [person("東雲 太郎", "1965-03-01", { insurance: "none" })], {
      fromAbroad: true,
    }),
    expectProcedures: ["P01", "P06"],
    expectForms: { F01: 1, F07: 1 },
  },
  {
    name: "後期高齢者と国保の夫婦が他県から転入",
    answers: household(
      "tennyu",
      [
        person("東雲 太郎", "1948-10-10", { insurance: "kouki" }),
        person("東雲 花子", "1954-10-10", { ...kokuho, relationship: "妻", sex: "F" }),
      ],
      { fromOtherPrefecture: true },
    ),
    expectProcedures: ["P01", "P06", "P08", "P11"],
    expectForms: { F01: 1, F07: 1, F11: 1, F15: 2 },
  },
  {
    name: "転出（後期高齢者と国保）",
    answers: household("tenshutsu", [
      person("東雲 太郎", "1944-05-05", { insurance: "kouki" }),
      person("東雲 次郎", "1974-05-05", { ...kokuho, relationship: "子" }),
    ]),
    expectProcedures: ["P01", "P06", "P08", "P11"],
    expectForms: { F01: 1, F08: 1, F12: 1, F15: 1 },
  },
  {
    name: "転居（国保の記載事項変更）",
    answers: household("tenkyo", [person("東雲 太郎", "1985-05-05", kokuho)]),
    expectProcedures: ["P01", "P06"],
    expectForms: { F01: 1, F09: 1 },
  },
  {
    name: "障害者手帳（身体・精神）とマル障",
    answers: household("tenkyo", [
      person("東雲 太郎", "1980-05-05", { handbooks: ["physical", "mental"], marushoRecipient: true }),
    ]),
    expectProcedures: ["P01", "P13", "P14"],
    expectForms: { F01: 1, F17: 1, F19: 1, F20: 1 },
  },
  {
    name: "ひとり暮らしの高齢者の転居",
    answers: household("tenkyo", [person("東雲 梅", "1950-10-01", { livesAlone: true, sex: "F" })], {
      householdStatus: "new",
    }),
    expectProcedures: ["P01", "P10", "P11"],
    expectForms: { F01: 1, F14: 1, F15: 1 },
  },
  {
    name: "既存の世帯に入る高齢者はひとり暮らし登録なし",
    answers: household(
      "tenkyo",
      [person("東雲 梅", "1950-10-01", { livesAlone: true, sex: "F", relationship: "母" })],
      {
        householdStatus: "join",
        headOfHousehold: { name: "東雲 太郎", kana: "シノノメ タロウ" },
      },
    ),
    expectProcedures: ["P01", "P11"],
    expectForms: { F01: 1, F15: 1 },
  },
  {
    name: "ひとり親家庭の転居（マル子受給中）",
    answers: household("tenkyo", [person("東雲 花子", "1990-05-05", { sex: "F" }), child("2015-06-01")], {
      singleParentHousehold: true,
      childMedicalRecipient: true,
    }),
    expectProcedures: ["P01", "P15", "P16", "P17"],
    expectForms: { F01: 1, F22: 1, F30: 1, F27: 1, F28: 1 },
  },
  {
    name: "子どものいる世帯の転出",
    answers: household("tenshutsu", [parent, child("2015-06-01")], { singleParentHousehold: true }),
    expectProcedures: ["P01", "P15"],
    expectForms: { F01: 1, F23: 1 },
  },
  {
    name: "要介護認定を受けている方の転入",
    answers: household("tennyu", [person("東雲 太郎", "1957-01-01", { careCertified: true })]),
    expectProcedures: ["P01", "P11", "P12"],
    expectForms: { F01: 1, F15: 1, F16: 1 },
  },
  {
    name: "14歳の印鑑登録の回答は数えない（表示されない質問）",
    answers: household("tennyu", [parent, child("2010-06-01", { wantsSealRegistration: true })]),
    expectProcedures: ["P01", "P15", "P16"],
    expectForms: { F01: 1, F21: 1, F25: 1 },
  },
  {
    name: "2人の転居（カード2枚・住民票1通）",
    answers: household("tenkyo", [
      person("東雲 太郎", "1985-05-05", { hasMyNumberCard: true, wantsResidenceCertificate: 1 }),
      person("東雲 花子", "1986-05-05", { hasMyNumberCard: true, relationship: "妻", sex: "F" }),
    ]),
    expectProcedures: ["P01", "P02", "P04"],
    expectForms: { F01: 1, F02: 2, F04: 1 },
  },
];
