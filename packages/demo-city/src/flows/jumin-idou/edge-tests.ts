import type { BundleInput } from "@kakanai/engine";
import { household, person, twelvePeople } from "./flow-tests";

type FlowTests = NonNullable<BundleInput["tests"]>;

const parent = person("東雲 太郎", "1985-05-05");
const kokuho = { insurance: "kokuho" };
const kid = (birthDate: string, extra: Record<string, unknown> = {}) =>
  person("東雲 一郎", birthDate, { relationship: "子", kana: "シノノメ イチロウ", ...extra });

/**
 * The edges of demo-city.md that a rule change is most likely to break: birthdays on either side of
 * the 異動日, answers that stop counting when their question is hidden, and the largest household.
 */
export const juminIdouEdgeTests: FlowTests = [
  {
    name: "転入から転居に変更: 国外からの回答は数えない",
    answers: household("tenkyo", [person("東雲 太郎", "1995-06-01", { insurance: "none" })], {
      fromAbroad: true,
    }),
    expectProcedures: ["P01"],
    expectForms: { F01: 1 },
  },
  {
    name: "国外から転入した後期高齢者（他県からの回答は数えない）",
    answers: household("tennyu", [person("東雲 源蔵", "1940-06-01", { insurance: "kouki" })], {
      fromAbroad: true,
      fromOtherPrefecture: true,
    }),
    expectProcedures: ["P01", "P08", "P11"],
    expectForms: { F01: 1, F11: 1, F15: 1 },
  },
  {
    name: "15歳の誕生日の前日に転入（印鑑登録できる）",
    answers: household("tennyu", [parent, kid("2010-04-02", { wantsSealRegistration: true })]),
    expectProcedures: ["P01", "P03", "P15", "P16"],
    expectForms: { F01: 1, F03: 1, F21: 1, F25: 1 },
  },
  {
    name: "15歳の誕生日の2日前に転入（印鑑登録の回答は数えない）",
    answers: household("tennyu", [parent, kid("2010-04-03", { wantsSealRegistration: true })]),
    expectProcedures: ["P01", "P15", "P16"],
    expectForms: { F01: 1, F21: 1, F25: 1 },
  },
  {
    name: "75歳の誕生日の前日に転出（国保の資格喪失）",
    answers: household("tenshutsu", [person("東雲 太郎", "1950-04-02", kokuho)]),
    expectProcedures: ["P01", "P06", "P11"],
    expectForms: { F01: 1, F08: 1, F15: 1 },
  },
  {
    name: "75歳になった国保の方の転入は後期高齢者医療",
    answers: household("tennyu", [person("東雲 太郎", "1950-03-31", kokuho)]),
    expectProcedures: ["P01", "P08", "P11"],
    expectForms: { F01: 1, F11: 1, F15: 1 },
  },
  {
    name: "12人世帯の転居",
    answers: household("tenkyo", twelvePeople),
    expectProcedures: ["P01", "P06", "P11", "P15"],
    expectForms: { F01: 1, F09: 1, F15: 2, F22: 1 },
  },
  {
    name: "12人世帯の転出",
    answers: household("tenshutsu", twelvePeople),
    expectProcedures: ["P01", "P06", "P11", "P15"],
    expectForms: { F01: 1, F08: 1, F15: 2, F23: 1 },
  },
  {
    name: "後期高齢者と国保の夫婦の転居",
    answers: household("tenkyo", [
      person("東雲 太郎", "1948-10-10", { insurance: "kouki" }),
      person("東雲 花子", "1954-10-10", { ...kokuho, relationship: "妻", sex: "F" }),
    ]),
    expectProcedures: ["P01", "P06", "P11"],
    expectForms: { F01: 1, F09: 1, F15: 2 },
  },
  {
    name: "2人世帯ではひとり暮らしの回答は数えない",
    answers: household("tenkyo", [
      person("東雲 太郎", "1950-10-01", { livesAlone: true }),
      person("東雲 梅", "1952-10-01", { livesAlone: true, relationship: "妻", sex: "F" }),
    ]),
    expectProcedures: ["P01", "P11"],
    expectForms: { F01: 1, F15: 2 },
  },
  {
    name: "手帳のない方のマル障の回答は数えない",
    answers: household("tenkyo", [person("東雲 太郎", "1980-05-05", { marushoRecipient: true })]),
    expectProcedures: ["P01"],
    expectForms: { F01: 1 },
  },
  {
    name: "35歳の要介護認定の回答は数えない",
    answers: household("tennyu", [person("東雲 太郎", "1990-05-05", { careCertified: true })]),
    expectProcedures: ["P01"],
    expectForms: { F01: 1 },
  },
  {
    name: "愛の手帳とマル障の転入",
    answers: household("tennyu", [
      person("東雲 太郎", "1980-05-05", { handbooks: ["intellectual"], marushoRecipient: true }),
    ]),
    expectProcedures: ["P01", "P13", "P14"],
    expectForms: { F01: 1, F18: 1, F20: 1 },
  },
  {
    name: "国外からの外国籍の家族3人（国民年金は2人）",
    answers: household(
      "tennyu",
      [
        person("シノノメ ジョン", "1990-06-01", { nationality: "foreign", insurance: "none" }),
        person("シノノメ メアリー", "1991-06-01", {
          nationality: "foreign",
          insurance: "none",
          relationship: "妻",
          sex: "F",
        }),
        kid("2015-06-01", { nationality: "foreign", insurance: "none" }),
      ],
      { fromAbroad: true },
    ),
    expectProcedures: ["P01", "P06", "P07", "P15", "P16"],
    expectForms: { F01: 1, F07: 1, F10: 2, F21: 1, F25: 1 },
  },
  {
    name: "ひとり暮らしの高齢者の転出（ひとり暮らし登録は転入・転居だけ）",
    answers: household("tenshutsu", [person("東雲 梅", "1950-10-01", { livesAlone: true, sex: "F" })]),
    expectProcedures: ["P01", "P11"],
    expectForms: { F01: 1, F15: 1 },
  },
  {
    name: "小学生と中学生が市立の学校へ転校する転入（学務課）",
    answers: household(
      "tennyu",
      [
        parent,
        person("東雲 花子", "1987-05-05", { relationship: "妻", sex: "F" }),
        kid("2016-06-01"),
        kid("2012-06-01", { name: "東雲 二郎", kana: "シノノメ ジロウ" }),
      ],
      { publicSchool: true },
    ),
    expectProcedures: ["P01", "P15", "P16", "X01"],
    expectForms: { F01: 1, F21: 1, F25: 2, "X-F01": 2 },
  },
  {
    name: "市立の学校に通わない小学生の転入（転校の手続きなし）",
    answers: household("tennyu", [parent, kid("2016-06-01")], { publicSchool: false }),
    expectProcedures: ["P01", "P15", "P16"],
    expectForms: { F01: 1, F21: 1, F25: 1 },
  },
  {
    name: "8人が住民票の写しを請求する転居（交付請求書は1枚で部数を合計）",
    answers: household(
      "tenkyo",
      Array.from({ length: 8 }, (_, i) =>
        person(`東雲 ${"一二三四五六七八"[i]}郎`, `19${60 + i}-05-05`, {
          relationship: i === 0 ? "世帯主" : "子",
          wantsResidenceCertificate: (i % 3) + 1,
        }),
      ),
    ),
    expectProcedures: ["P01", "P04"],
    expectForms: { F01: 1, F04: 1 },
  },
];
