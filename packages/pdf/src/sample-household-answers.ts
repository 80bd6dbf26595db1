import type { Answers } from "@kakanai/engine";

const people = [
  { name: "山田 太郎", kana: "ヤマダ タロウ", birthDate: "1990-05-10", sex: "M", relationship: "世帯主" },
  { name: "山田 花子", kana: "ヤマダ ハナコ", birthDate: "1992-11-03", sex: "F", relationship: "妻" },
  { name: "山田 一郎", kana: "ヤマダ イチロウ", birthDate: "2019-05-01", sex: "M", relationship: "子" },
  { name: "山田 次郎", kana: "ヤマダ ジロウ", birthDate: "2021-02-14", sex: "M", relationship: "子" },
  { name: "山田 梅子", kana: "ヤマダ ウメコ", birthDate: "1950-01-20", sex: "F", relationship: "母" },
  { name: "山田 松男", kana: "ヤマダ マツオ", birthDate: "1948-12-31", sex: "M", relationship: "父" },
  { name: "山田 桜", kana: "ヤマダ サクラ", birthDate: "2023-07-07", sex: "F", relationship: "子" },
];

export const maxSampleHousehold = people.length;

/**
 * A fictional 転入 household of `size` (1–7) people in the demo city's answer model, for the studio's
 * form preview (and, through testing's `sampleHousehold`, the rendering tests). Nobody real: the
 * names are the classic 山田 family of Japanese specimen forms.
 */
export function sampleHouseholdAnswers(size: number): Answers {
  return {
    moveType: "tennyu",
    moveDate: "2025-04-01",
    fromAbroad: false,
    fromOtherPrefecture: true,
    oldAddress: {
      postalCode: "5300001",
      prefecture: "大阪府",
      city: "大阪市北区",
      town: "梅田",
      banchi: "1-1-1",
      building: "梅田ハイツ203",
    },
    newAddress: {
      postalCode: "190-0012",
      prefecture: "東京都",
      city: "東雲市",
      town: "本町",
      banchi: "2-3-4",
    },
    householdStatus: "new",
    applicant: { role: "self", name: "山田 太郎", kana: "ヤマダ タロウ", phone: "090-1234-5678" },
    childAllowanceClaimant: 0,
    members: people
      .slice(0, Math.max(1, Math.min(size, people.length)))
      .map((p) => ({ ...p, nationality: "JP", insurance: "kokuho", handbooks: [] })),
  };
}
