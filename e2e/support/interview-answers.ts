import { expect, type Locator } from "@playwright/test";

/**
 * What the resident tells the clerk, keyed by answer path. Radio/checkbox answers are the labels the
 * clerk sees; text answers are typed as a clerk would (和暦 short forms, ひらがな for kana).
 */
export const household = [
  {
    name: "東雲 太郎",
    kana: "しののめ たろう", // the counter turns ひらがな into 全角カタカナ
    birthDate: "S33.6.15",
    birthWareki: "昭和33年6月15日",
    sex: "男",
    relationship: "世帯主",
  },
  {
    name: "東雲 花子",
    kana: "シノノメ ハナコ",
    birthDate: "平成2年5月10日",
    birthWareki: "平成2年5月10日",
    sex: "女",
    relationship: "妻",
  },
  {
    name: "東雲 陽葵",
    kana: "シノノメ ヒマリ",
    birthDate: "R1.8.20",
    birthWareki: "令和元年8月20日",
    sex: "女",
    relationship: "子",
  },
];

export type Answer =
  | { radio: string }
  | { checks: string[] }
  | { text: string }
  | { address: Record<string, string> }
  | { notice: true };

const top: Record<string, Answer> = {
  moveType: { radio: "転入（市外から東雲市へ）" },
  moveDate: { text: "R8.11.20" },
  fromAbroad: { radio: "いいえ" },
  fromOtherPrefecture: { radio: "はい" },
  oldAddress: {
    address: {
      postalCode: "330-0063",
      prefecture: "埼玉県",
      city: "さいたま市浦和区",
      town: "高砂三丁目",
      banchi: "15-1",
    },
  },
  // Only the postal code and 番地: the counter fills 都道府県・市区町村・町名 from the bundle's table.
  newAddress: { address: { postalCode: "135-0061", banchi: "9-1" } },
  householdStatus: { radio: "世帯全員で異動する" },
  "applicant.role": { radio: "本人" },
  "applicant.name": { text: "東雲 太郎" },
  "applicant.kana": { text: "シノノメ タロウ" },
  "applicant.phone": { text: "03-1234-5678" },
  members: { text: String(household.length) },
  childAllowanceClaimant: { radio: "東雲 花子" },
  singleParentHousehold: { radio: "いいえ" },
  publicSchool: { radio: "はい" },
};

const perMember: Record<string, (i: number) => Answer> = {
  name: (i) => ({ text: household[i]!.name }),
  kana: (i) => ({ text: household[i]!.kana }),
  birthDate: (i) => ({ text: household[i]!.birthDate }),
  sex: (i) => ({ radio: household[i]!.sex }),
  relationship: (i) => ({ radio: household[i]!.relationship }),
  nationality: () => ({ radio: "日本" }),
  insurance: () => ({ radio: "国民健康保険" }),
  hasMyNumberCard: () => ({ radio: "はい" }),
  wantsSealRegistration: () => ({ radio: "いいえ" }),
  wantsResidenceCertificate: () => ({ text: "0" }),
  handbooks: () => ({ checks: [] }),
  careCertified: () => ({ radio: "いいえ" }),
};

/**
 * The answer for a step, or an error naming the path the walk-through does not know. `extra` answers
 * questions a spec added to the flow itself (税務課's moped questions).
 */
export function answerFor(path: string, kind: string, extra: Record<string, Answer> = {}): Answer {
  if (kind === "notice") return { notice: true };
  const m = /^members\.(\d+)\.(\w+)$/.exec(path);
  const answer = m ? perMember[m[2]!]?.(Number(m[1])) : (extra[path] ?? top[path]);
  if (!answer) throw new Error(`the walk-through has no answer for ${path} (${kind})`);
  return answer;
}

export const ADDRESS_LABELS: Record<string, string> = {
  postalCode: "郵便番号",
  prefecture: "都道府県",
  city: "市区町村",
  town: "町名・丁目",
  banchi: "番地・号",
};

/** Gives one answer on the step's form (counter or studio preview), as a clerk would; no submit. */
export async function fillAnswer(step: Locator, a: Answer): Promise<void> {
  if ("radio" in a) {
    await step.getByRole("radio", { name: a.radio, exact: true }).check();
  } else if ("checks" in a) {
    for (const c of a.checks) await step.getByRole("checkbox", { name: c }).check();
  } else if ("address" in a) {
    for (const [label, value] of Object.entries(a.address)) {
      await step.getByLabel(ADDRESS_LABELS[label] ?? label, { exact: false }).fill(value);
    }
    if (!a.address.town) {
      // Not typed: a known postal code filled it from the bundle's offline table.
      await expect(step.getByLabel("町名・丁目", { exact: false })).not.toHaveValue("");
      await expect(step.getByLabel("都道府県", { exact: false })).toHaveValue("東京都");
    }
  } else if ("text" in a) {
    await step.getByRole("textbox").or(step.getByRole("spinbutton")).first().fill(a.text);
  }
}
