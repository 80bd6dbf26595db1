import type { BundleInput } from "@kakanai/engine";

type FlowTests = NonNullable<BundleInput["tests"]>;
type Json = FlowTests[number]["answers"];

const address = {
  postalCode: "135-0061",
  prefecture: "東京都",
  city: "東雲市",
  town: "本町",
  banchi: "1-2-3",
};

/** Complete answers for a death on 2025-04-01: a 70-year-old on 社保, nothing else to return. */
export function death(deceased: Json = {}, extra: Json = {}): Json {
  return {
    deceased: {
      name: "東雲 一郎",
      kana: "シノノメ イチロウ",
      birthDate: "1955-01-10",
      deathDate: "2025-04-01",
      address,
      wasHeadOfHousehold: false,
      insurance: "employer",
      receivedPension: "none",
      careCertified: false,
      handbooks: [],
      hadSealRegistration: false,
      wasChildAllowanceRecipient: false,
      ownedRealEstate: false,
      ownedMoped: false,
      ownedDog: false,
      ...deceased,
    },
    applicant: {
      name: "東雲 花子",
      kana: "シノノメ ハナコ",
      relationship: "妻",
      phone: "03-1234-5678",
      address,
    },
    chiefMourner: { name: "東雲 花子", bankAccount: "東雲銀行 本店 普通 1234567" },
    heirRepresentative: { name: "東雲 花子", address, bankAccount: "東雲銀行 本店 普通 1234567" },
    ...extra,
  };
}

const young = { birthDate: "1985-06-01" };
const none = {};

export const okuyamiTests: FlowTests = [
  { name: "社保・40歳・返すものなし", answers: death(young), expectProcedures: [], expectForms: none },
  {
    name: "世帯主が亡くなり1人が残る（世帯主変更届は不要）",
    answers: death({ ...young, wasHeadOfHousehold: true, remainingMembers: 1 }),
    expectProcedures: [],
    expectForms: none,
  },
  {
    name: "世帯主が亡くなり2人が残る（世帯主変更届）",
    answers: death({ ...young, wasHeadOfHousehold: true, remainingMembers: 2 }),
    expectProcedures: ["O01"],
    expectForms: { "O-F01": 1 },
  },
  {
    name: "世帯主でなかった方の残る世帯員の回答は数えない",
    answers: death({ ...young, wasHeadOfHousehold: false, remainingMembers: 3 }),
    expectProcedures: [],
    expectForms: none,
  },
  {
    name: "国保（資格喪失・葬祭費）",
    answers: death({ ...young, insurance: "kokuho" }),
    expectProcedures: ["O03", "O04"],
    expectForms: { "O-F02": 1, "O-F03": 1 },
  },
  {
    name: "後期高齢者（資格喪失・葬祭費・介護保険）",
    answers: death({ birthDate: "1944-05-05", insurance: "kouki" }),
    expectProcedures: ["O04", "O05", "O07"],
    expectForms: { "O-F03": 1, "O-F04": 1, "O-F06": 1 },
  },
  {
    name: "国民年金の受給者",
    answers: death({ ...young, receivedPension: "kokumin" }),
    expectProcedures: ["O06"],
    expectForms: { "O-F05": 1 },
  },
  {
    name: "厚生年金の受給者（年金事務所の手続きを案内）",
    answers: death({ ...young, receivedPension: "kosei" }),
    expectProcedures: ["O06"],
    expectForms: none,
  },
  {
    name: "65歳の誕生日の前日に死亡（介護保険の資格喪失）",
    answers: death({ birthDate: "1960-04-02" }),
    expectProcedures: ["O07"],
    expectForms: { "O-F06": 1 },
  },
  {
    name: "65歳の誕生日の2日前に死亡（まだ64歳）",
    answers: death({ birthDate: "1960-04-03" }),
    expectProcedures: [],
    expectForms: none,
  },
  {
    name: "要介護認定を受けていた50歳",
    answers: death({ birthDate: "1975-01-01", careCertified: true }),
    expectProcedures: ["O07"],
    expectForms: { "O-F06": 1 },
  },
  {
    name: "障害者手帳の返還",
    answers: death({ ...young, handbooks: ["intellectual"] }),
    expectProcedures: ["O08"],
    expectForms: { "O-F07": 1 },
  },
  {
    name: "児童手当の受給者",
    answers: death({ ...young, wasChildAllowanceRecipient: true }),
    expectProcedures: ["O09"],
    expectForms: { "O-F08": 1 },
  },
  {
    name: "印鑑登録をしていた",
    answers: death({ ...young, hadSealRegistration: true }),
    expectProcedures: ["O02"],
    expectForms: none,
  },
  {
    name: "土地・家屋と原付（資産税課）",
    answers: death({ ...young, ownedRealEstate: true, ownedMoped: true }),
    expectProcedures: ["O10", "O11"],
    expectForms: { "O-F09": 1 },
  },
  {
    name: "犬を飼っていた（環境政策課）",
    answers: death({ ...young, ownedDog: true }),
    expectProcedures: ["O12"],
    expectForms: none,
  },
  {
    name: "後期高齢者の世帯主（手続きが多い例）",
    answers: death({
      birthDate: "1940-02-02",
      wasHeadOfHousehold: true,
      remainingMembers: 2,
      insurance: "kouki",
      receivedPension: "kosei",
      careCertified: true,
      handbooks: ["physical"],
      hadSealRegistration: true,
      ownedRealEstate: true,
      ownedMoped: true,
      ownedDog: true,
    }),
    expectProcedures: ["O01", "O02", "O04", "O05", "O06", "O07", "O08", "O10", "O11", "O12"],
    expectForms: { "O-F01": 1, "O-F03": 1, "O-F04": 1, "O-F06": 1, "O-F07": 1, "O-F09": 1 },
  },
  {
    name: "国保・国民年金の世帯主（申請書が多い例）",
    answers: death({
      wasHeadOfHousehold: true,
      remainingMembers: 3,
      insurance: "kokuho",
      receivedPension: "kokumin",
      handbooks: ["physical", "mental"],
      ownedRealEstate: true,
    }),
    // At 70 the 児童手当 question is not asked (see the next test), so no O09.
    expectProcedures: ["O01", "O03", "O04", "O06", "O07", "O08", "O10"],
    expectForms: {
      "O-F01": 1,
      "O-F02": 1,
      "O-F03": 1,
      "O-F05": 1,
      "O-F06": 1,
      "O-F07": 1,
      "O-F09": 1,
    },
  },
  {
    name: "78歳の方には児童手当を尋ねない（前の回答が残っていても手続きにならない）",
    answers: death({ birthDate: "1947-01-10", wasChildAllowanceRecipient: true }),
    expectProcedures: ["O07"],
    expectForms: { "O-F06": 1 },
  },
];
