import { expect, type Page } from "@playwright/test";
import { fillAnswer } from "./interview-answers";

/**
 * What the family tells the おくやみ desk, keyed by answer path (packages/demo-city/src/flows/okuyami/questions.ts):
 * the 世帯主, 80 at death, on 後期高齢者医療 with 国民年金, 要介護 certified, owning land and house,
 * with two household members left. Radio/checkbox answers are the labels the clerk sees; text answers
 * are typed as a clerk would (和暦 short forms, ひらがな for kana).
 */
export const deceased = {
  name: "東雲 源蔵",
  kana: "シノノメ ゲンゾウ",
  birthWareki: "昭和21年3月3日",
  deathWareki: "令和8年11月10日",
};

export const mourner = { name: "東雲 節子", bankAccount: "東雲銀行 本店 普通 1234567" };
export const heir = { name: "東雲 一郎", bankAccount: "みなと銀行 横浜支店 普通 7654321" };

type Answer =
  | { radio: string }
  | { checks: string[] }
  | { text: string; echo?: string }
  | { address: Record<string, string> };

const home = {
  postalCode: "135-0061",
  prefecture: "東京都",
  city: "東雲市",
  town: "本町",
  banchi: "2-8-1",
};

export const okuyamiAnswers: Record<string, Answer> = {
  "deceased.name": { text: deceased.name },
  "deceased.kana": { text: "しののめ げんぞう" }, // the counter turns ひらがな into 全角カタカナ
  "deceased.birthDate": { text: "S21.3.3", echo: deceased.birthWareki },
  "deceased.deathDate": { text: "R8.11.10", echo: deceased.deathWareki },
  "deceased.address": { address: home },
  "deceased.wasHeadOfHousehold": { radio: "はい" },
  "deceased.remainingMembers": { text: "2" },
  "deceased.insurance": { radio: "後期高齢者医療" },
  "deceased.receivedPension": { radio: "国民年金（基礎年金のみ）" },
  "deceased.careCertified": { radio: "はい" },
  "deceased.handbooks": { checks: [] },
  "deceased.hadSealRegistration": { radio: "いいえ" },
  // No 児童手当 question: the deceased was 80 (asked only under 65).
  "deceased.ownedRealEstate": { radio: "はい" },
  "deceased.ownedMoped": { radio: "いいえ" },
  "deceased.ownedDog": { radio: "いいえ" },
  "applicant.name": { text: mourner.name },
  "applicant.kana": { text: "シノノメ セツコ" },
  "applicant.relationship": { text: "妻" },
  "applicant.phone": { text: "03-2345-6789" },
  "applicant.address": { address: home },
  "chiefMourner.name": { text: mourner.name },
  "chiefMourner.bankAccount": { text: mourner.bankAccount },
  "heirRepresentative.name": { text: heir.name },
  "heirRepresentative.address": {
    address: {
      postalCode: "220-0011",
      prefecture: "神奈川県",
      city: "横浜市西区",
      town: "高島二丁目",
      banchi: "5-12",
    },
  },
  "heirRepresentative.bankAccount": { text: heir.bankAccount },
};

/** Answers the おくやみ step on screen (notices just go on), then presses Enter as at the counter. */
export async function answerOkuyamiStep(page: Page, path: string, kind: string): Promise<void> {
  const step = page.getByRole("form", { name: "質問への回答" });
  if (kind !== "notice") {
    const a = okuyamiAnswers[path];
    if (!a) throw new Error(`the おくやみ walk-through has no answer for ${path} (${kind})`);
    await fillAnswer(step, a);
    // A date is read back in 和暦 as it is typed, so the clerk can check it with the family.
    if ("echo" in a && a.echo) await expect(step.getByText(a.echo, { exact: true })).toBeVisible();
  }
  await page.keyboard.press("Enter");
}
