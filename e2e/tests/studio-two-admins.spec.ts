import { type Browser, expect, type Page, test } from "@playwright/test";
import { STUDIO_URL } from "../playwright.config";
import { expectNoA11yViolations } from "../support/axe";
import { login } from "../support/login";
import { shot } from "../support/screens";

/**
 * Two admins, one draft. The open editor notices the other's save (it polls the flow's status), and
 * carries its own unsaved change over onto theirs; a save that still collides offers the same, and
 * the item both changed is named with this screen's version. Never a silent overwrite.
 * The demo flow's labels are put back at the end for the specs that follow.
 */
const PHONE = "日中に連絡がつく電話番号";
const APPLICANT = "届出人の氏名";

test("two admins on one draft: the other's save is noticed, changes are carried over, a clash is named", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const a = await openEditor(browser);
  const b = await openEditor(browser);

  // A renames the phone question and saves.
  await rename(a, PHONE, `${PHONE}（A）`);
  await save(a);

  // B, still on the older version, renames another question; the poll tells B before saving.
  await rename(b, APPLICANT, `${APPLICANT}（B）`);
  const banner = b.getByRole("status").filter({ hasText: "この下書きを保存しました" });
  await expect(banner).toBeVisible({ timeout: 25_000 });
  await shot(b, "studio-remote-change");
  await b.getByRole("button", { name: "相手の変更を取り込み、自分の変更を重ねる" }).click();
  await expect(b.getByText("相手の変更を取り込み、あなたの変更を重ねました")).toBeVisible();
  await save(b);
  await b.reload();
  await expect(questionButton(b, `${PHONE}（A）`)).toBeVisible();
  await expect(questionButton(b, `${APPLICANT}（B）`)).toBeVisible();

  // A, now stale, renames B's question too and saves at once: the save collides.
  await rename(a, `${APPLICANT}（B）`, `${APPLICANT}（A）`, APPLICANT);
  await a.getByRole("button", { name: "保存" }).click();
  await expect(a.getByText("保存できませんでした（ほかの人の更新と重なりました）")).toBeVisible();
  await a.getByRole("button", { name: "相手の変更に自分の変更を重ねる" }).click();
  await expect(a.getByText(/重なった 1 件はやり直してください/)).toBeVisible();
  await expect(a.getByText(`質問「${APPLICANT}（A）」`)).toBeVisible();
  await a.getByText("あなたの内容を見る").click();
  await shot(a, "studio-merge-conflict");
  await expectNoA11yViolations(a);

  // Put the demo flow back.
  await rename(a, `${PHONE}（A）`, PHONE);
  await rename(a, `${APPLICANT}（B）`, APPLICANT);
  await save(a);
  await a.reload();
  await expect(questionButton(a, PHONE)).toBeVisible();
  await expect(questionButton(a, APPLICANT)).toBeVisible();
});

async function openEditor(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  page.on("dialog", (d) => d.accept());
  await login(page, STUDIO_URL, "admin");
  await page.getByRole("link", { name: /住民異動/ }).click();
  await expect(page.getByRole("button", { name: "質問を追加" })).toBeVisible();
  return page;
}

const questionButton = (page: Page, label: string) =>
  page.getByRole("button", { name: new RegExp(`^${label.replace(/[()（）]/g, ".")}`) });

async function rename(page: Page, from: string, to: string, listed = from): Promise<void> {
  await questionButton(page, listed).first().click();
  const label = page.getByRole("region", { name: "質問の編集" }).getByLabel("ラベル", { exact: true });
  await label.fill(to);
}

async function save(page: Page): Promise<void> {
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText(/保存済み/)).toBeVisible();
}
