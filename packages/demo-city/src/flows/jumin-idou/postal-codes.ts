import type { PostalAddress } from "@kakanai/engine";

/** The fictional 東雲市 uses 135-0061…135-0080; 本町 (135-0061) is the address of the flow tests. */
const SHINONOME_TOWNS = [
  "本町",
  "東町",
  "西町",
  "南町",
  "北町",
  "中央",
  "緑町",
  "旭町",
  "若葉",
  "桜台",
  "青葉台",
  "港南",
  "汐見",
  "朝日丘",
  "日の出",
  "松原",
  "梅ヶ丘",
  "富士見",
  "栄町",
  "",
];

/**
 * The offline postal-code table shipped in the 住民異動 bundle (bundle.postalCodes): every code of
 * 東雲市 and a few of the neighbouring wards people move from. 135-0080 covers the rest of the city
 * (no 町域), as a 「以下に掲載がない場合」 code does.
 */
export const juminIdouPostalCodes: Record<string, PostalAddress> = {
  ...Object.fromEntries(
    SHINONOME_TOWNS.map((town, i) => [`13500${61 + i}`, { prefecture: "東京都", city: "東雲市", town }]),
  ),
  "1350016": { prefecture: "東京都", city: "江東区", town: "東陽" },
  "1040061": { prefecture: "東京都", city: "中央区", town: "銀座" },
  "1300022": { prefecture: "東京都", city: "墨田区", town: "江東橋" },
  "1320035": { prefecture: "東京都", city: "江戸川区", town: "平井" },
  "2790011": { prefecture: "千葉県", city: "浦安市", town: "美浜" },
};
