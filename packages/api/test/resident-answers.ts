/** What a resident answers on the portal for a 転入 of one person (the demo 住民異動's resident questions only). */
export const residentAnswers = () => ({
  moveType: "tennyu",
  moveDate: "2026-11-20",
  fromAbroad: false,
  fromOtherPrefecture: true,
  oldAddress: {
    postalCode: "3300063",
    prefecture: "埼玉県",
    city: "さいたま市浦和区",
    town: "高砂三丁目",
    banchi: "15-1",
  },
  newAddress: { postalCode: "1350061", prefecture: "東京都", city: "東雲市", town: "豊洲", banchi: "9-1" },
  householdStatus: "new",
  applicant: { name: "港 美咲", kana: "ミナト ミサキ", phone: "090-1234-5678" },
  members: [
    { name: "港 美咲", kana: "ミナト ミサキ", birthDate: "1995-04-02", sex: "F", relationship: "世帯主" },
  ],
});
