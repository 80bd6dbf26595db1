import { readFileSync } from "node:fs";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { STUDIO_URL } from "../playwright.config";
import { expectNoA11yViolations } from "../support/axe";
import { login } from "../support/login";
import { runInfo } from "../support/run-info";
import { shot } from "../support/screens";

/**
 * Publish approval (issue 10): the system admin creates an account that is 市民課's admin only (no
 * publisher role); it changes a question of 市民課's おくやみ flow (not 証明書: studio-flow-tests
 * counts its draft versions) and submits the draft for review; the demo admin (a publisher) sees the request, its changes and flow tests, and approves it, which
 * publishes that version. The 監査ログ shows both steps and its CSV export holds them. At the end the
 * label is put back and published again, so later specs find the flow as seeded.
 */
test.setTimeout(180_000);

const screen = { width: 1366, height: 768 };
const QUESTION = "亡くなった日";
const CHANGED = "亡くなった日（申請の確認用）";
const COMMENT = "亡くなった日の質問の文言を改めました";

async function check(page: Page, name: string) {
  await expectNoA11yViolations(page);
  await shot(page, name);
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: screen, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
  return context.newPage();
}

/** Opens おくやみ from the flow list, sets the 亡くなった日 question's label and saves; the saved version. */
async function relabel(page: Page, from: string, to: string) {
  await page
    .getByRole("table", { name: "フロー一覧" })
    .getByRole("link", { name: /^おくやみ/ })
    .click();
  await page.getByRole("button", { name: new RegExp(`^${from.replace(/[()（）]/g, ".")}`) }).click();
  const editor = page.getByRole("region", { name: "質問の編集" });
  await editor.getByLabel("ラベル", { exact: true }).fill(to);
  await page.getByRole("button", { name: "保存", exact: true }).click();
  const saved = page.getByText(/下書き 第\d+版 に保存済み/).first();
  await expect(saved).toBeVisible();
  return Number((await saved.textContent())?.match(/第(\d+)版/)?.[1]);
}

async function exportCsv(page: Page, filter: ReturnType<Page["getByRole"]>) {
  const download = page.waitForEvent("download");
  await filter.getByRole("button", { name: "表示中の条件でCSVに書き出す" }).click();
  const csv = readFileSync(await (await download).path(), "utf8");
  return csv.trim().split("\r\n").slice(1);
}

test("a department admin submits a draft, a publisher approves it, and the audit log holds both", async ({
  page,
  browser,
}) => {
  const prefix = runInfo().loginPrefix;
  const editorId = `${prefix}shimin-editor`;
  const adminId = `${prefix}admin`;

  // The system admin creates a 市民課 admin who does not publish.
  await page.setViewportSize(screen);
  await login(page, STUDIO_URL, "admin");
  await expect(page.getByRole("heading", { name: "フロー一覧" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "スタジオのメニュー" });
  await nav.getByRole("link", { name: "職員・部署" }).click();
  const form = page.getByRole("form", { name: "職員を追加" });
  await form.getByLabel("氏名").fill("市民 申請子");
  await form.getByLabel("ログインID").fill(editorId);
  await form.getByRole("combobox", { name: "所属課" }).selectOption({ label: "市民課" });
  await form.getByRole("checkbox", { name: "所属課の管理者（フローの編集）" }).check();
  await form.getByRole("button", { name: "職員を追加する" }).click();
  const shown = page.getByTestId("one-time-password");
  await expect(shown).toHaveText(/^[A-Za-z2-9]{12}$/);
  const issued = (await shown.textContent()) ?? "";
  await page.getByRole("button", { name: "確認しました" }).click();

  // The new admin chooses a password, changes a question and asks for publishing.
  const editor = await newPage(browser);
  await editor.goto(`${STUDIO_URL}/login`);
  await editor.getByLabel("ログインID").fill(editorId);
  await editor.getByLabel("パスワード").fill(issued);
  await editor.getByRole("button", { name: "ログイン" }).click();
  const change = editor.getByRole("form", { name: "パスワードの変更" });
  const own = "おくやみの文言を直して申請する係";
  await change.getByLabel("管理者から受け取ったパスワード").fill(issued);
  await change.getByLabel("新しいパスワード", { exact: true }).fill(own);
  await change.getByLabel("新しいパスワード（確認）").fill(own);
  await change.getByRole("button", { name: "パスワードを変更する" }).click();
  await expect(editor.getByRole("heading", { name: "フロー一覧" })).toBeVisible();
  // Not a publisher: no list of requests to review.
  await expect(editor.getByRole("heading", { name: /^公開の申請/ })).toHaveCount(0);
  await relabel(editor, QUESTION, CHANGED);
  await editor.getByRole("tab", { name: "公開" }).click();
  await expect(editor.getByRole("button", { name: "公開する" })).toHaveCount(0);
  const request = editor.getByRole("form", { name: "公開の申請" });
  await request.getByLabel("公開担当者へのコメント").fill(COMMENT);
  await request.getByRole("button", { name: "公開を申請する" }).click();
  await expect(editor.getByText("公開を申請しました")).toBeVisible();
  await expect(editor.getByTestId("request-status")).toHaveText("審査待ち");
  await expect(editor.getByRole("button", { name: "申請を取り下げる" })).toBeVisible();
  await check(editor, "approval-submitted");

  // The publisher finds the request on the flow list and reviews it in the 公開 tab.
  await page.goto(STUDIO_URL);
  const requests = page.getByRole("region", { name: /^公開の申請（審査待ち/ });
  await expect(requests).toContainText(COMMENT);
  await expect(requests).toContainText("市民 申請子");
  await check(page, "approval-requests");
  await requests.getByRole("link", { name: /^おくやみ.*を審査する$/ }).click();
  const review = page.getByRole("region", { name: "公開の申請を審査する" });
  await expect(review).toContainText(COMMENT);
  await expect(page.getByText(/公開を止める問題はありません（テスト/)).toBeVisible();
  await expect(page.getByRole("region", { name: "公開すると変わること" })).toContainText(CHANGED);
  await check(page, "approval-review");
  await review.getByLabel("申請者へのコメント").fill("確認しました。公開します");
  await review.getByRole("button", { name: "承認して公開" }).click();
  await expect(page.getByText("最新の公開の申請: 承認済み（公開されました）")).toBeVisible();
  await expect(review).toHaveCount(0);
  await check(page, "approval-approved");

  // The submitter sees the outcome.
  await editor.reload();
  await editor.getByRole("tab", { name: "公開" }).click();
  await expect(editor.getByTestId("request-status")).toHaveText("承認済み（公開されました）");
  await expect(editor.getByText("確認しました。公開します")).toBeVisible();

  // The 監査ログ: the submission by the 市民課 admin and the approval by the publisher.
  await nav.getByRole("link", { name: "監査ログ" }).click();
  const rows = page.getByRole("table", { name: "監査ログ（新しい順）" }).getByRole("row");
  const filter = page.getByRole("form", { name: "監査ログの絞り込み" });
  await filter.getByLabel("操作").selectOption({ label: "公開の申請" });
  await filter.getByRole("button", { name: "絞り込む" }).click();
  await expect(rows.filter({ hasText: editorId }).first()).toContainText("公開の申請");
  const submitted = await exportCsv(page, filter);
  expect(submitted.some((l) => l.includes(`"${editorId}"`) && l.includes('"flow.submit"'))).toBe(true);
  await filter.getByLabel("操作").selectOption({ label: "公開の承認" });
  await filter.getByRole("button", { name: "絞り込む" }).click();
  await expect(rows.filter({ hasText: adminId }).first()).toContainText("公開の承認");
  await check(page, "approval-audit");
  const approved = await exportCsv(page, filter);
  expect(approved.some((l) => l.includes(`"${adminId}"`) && l.includes('"flow.approve"'))).toBe(true);

  // Put the label back and publish it, so the flow is as seeded for the specs after this one.
  await editor.getByRole("link", { name: "← フロー一覧" }).click();
  const restored = await relabel(editor, CHANGED, QUESTION);
  await nav.getByRole("link", { name: "フロー一覧" }).click();
  // Nothing left to review once the request is approved.
  await expect(page.getByRole("region", { name: /^公開の申請/ })).toHaveCount(0);
  await page
    .getByRole("table", { name: "フロー一覧" })
    .getByRole("link", { name: /^おくやみ/ })
    .click();
  // The editor's save of a moment ago, not the draft this page held when it approved.
  await expect(page).toHaveURL(/\/flows\//);
  await page.reload();
  await page.getByRole("tab", { name: "公開" }).click();
  await expect(page.getByText(`保存済みの下書き（第${restored}版）を点検し`)).toBeVisible();
  await page.getByRole("button", { name: "公開する" }).click();
  await page
    .getByRole("dialog", { name: /として公開しますか？$/ })
    .getByRole("button", { name: "公開を確定する" })
    .click();
  await expect(page.getByText(/を公開しました$/)).toBeVisible();
  await editor.context().close();
});
