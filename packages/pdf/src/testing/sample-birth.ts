import type { Answers } from "@kakanai/engine";

/** Answers of the demo city's 出生 flow (baby, mother, father, …), for rendering tests. */
export function sampleBirth(): Answers {
  return {
    baby: { name: "東雲 陽菜", kana: "シノノメ ヒナ", birthDate: "2025-03-20", sex: "F" },
    mother: { name: "東雲 美咲", kana: "シノノメ ミサキ", birthDate: "1994-08-15", insurance: "kokuho" },
    father: { name: "東雲 健太", kana: "シノノメ ケンタ", birthDate: "1992-01-08", insurance: "kokuho" },
    headOfHousehold: { name: "東雲 健太", relationshipOfBaby: "子" },
    address: { postalCode: "1900012", prefecture: "東京都", city: "東雲市", town: "本町", banchi: "5-6-7" },
    childAllowanceStatus: "receiving",
    applicant: { name: "東雲 健太", kana: "シノノメ ケンタ", phone: "042-123-4567" },
  };
}
