import { expect, test } from "@playwright/test";
import { COUNTER_URL } from "../playwright.config";
import { expectNoA11yViolations } from "../support/axe";
import { login } from "../support/login";
import { shot } from "../support/screens";

/**
 * The clerk's list of receptions on a staff laptop: a reception is named by its resident once the
 * interview has the name (故 for the deceased), and a reception that will not be finished is
 * cancelled with a reason, from the keyboard, after which it leaves the list of unfinished ones,
 * shows as 取り消し among the finished, and can no longer be opened.
 */
test("受付を取り消す: named in the list, cancelled with a typed reason from the keyboard, then gone", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await login(page, COUNTER_URL, "counter");
  await page.getByRole("button", { name: /^おくやみ.*の受付を始める/ }).click();
  await expect(page).toHaveURL(/\/interview\//);
  const sessionUrl = page.url();
  const sessionPath = new URL(sessionUrl).pathname;

  // Before any answer the progress says none is answered.
  await expect(page.getByRole("progressbar", { name: "聞き取りの進み具合" })).toHaveAttribute(
    "aria-valuetext",
    /^回答済み 0 問（全 約\d+ 問）$/,
  );
  const name = page.getByRole("textbox", { name: /亡くなった方の氏名/ });
  await name.fill("佐藤 一郎");
  await name.press("Enter");
  await expect(page.getByRole("progressbar", { name: "聞き取りの進み具合" })).toHaveAttribute(
    "aria-valuetext",
    /^回答済み 1 問/,
  );

  await page.goto(`${COUNTER_URL}/`);
  const row = page.locator("li").filter({ has: page.locator(`a[href="${sessionPath}"]`) });
  await expect(row.locator("p.font-bold")).toHaveText(/^受付番号 \S+　故 佐藤 一郎$/);
  await expect(row.getByText("聞き取り中")).toBeVisible();
  await expect(row.getByText(/開始 \d+\/\d+ \d+:\d\d/)).toBeVisible();
  await expect(row.getByText(/最終保存 \d+\/\d+ \d+:\d\d/)).toBeVisible();
  const number = ((await row.locator("p.font-bold").textContent()) ?? "").match(/受付番号 (\S+)/)?.[1] ?? "";
  expect(number).not.toBe("");
  await shot(page, "receptions-list");
  await expectNoA11yViolations(page);

  // Keyboard only: focus the row's 取り消す, open the dialog, choose その他, type, confirm.
  const cancel = row.getByRole("button", { name: new RegExp(`^取り消す\\s*（受付番号 ${number}）$`) });
  await cancel.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", {
    name: new RegExp(`^受付番号 ${number}\\s*（故 佐藤 一郎）\\s*を取り消しますか$`),
  });
  await expect(dialog).toBeVisible();
  // Focus starts on the first reason; confirming without a reason is refused.
  await expect(dialog.getByRole("radio", { name: "来庁者が手続きをやめた" })).toBeFocused();
  await dialog.getByRole("button", { name: "受付を取り消す" }).focus();
  await page.keyboard.press("Enter");
  await expect(dialog.getByText("取り消す理由を選んでください。")).toBeVisible();
  await expect(dialog).toBeVisible();
  // Esc closes it, focus returns to 取り消す; reopened, it starts over on the first reason.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(cancel).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog.getByText("取り消す理由を選んでください。")).toHaveCount(0);
  await expect(dialog.getByRole("radio", { name: "来庁者が手続きをやめた" })).toBeFocused();
  // Down to 「その他」 with the arrow keys, then type the reason.
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowDown");
  await expect(dialog.getByRole("radio", { name: "その他（入力する）" })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("textbox", { name: /その他の理由/ })).toBeFocused();
  await page.keyboard.type("来庁者の家族が後日あらためて来る");
  await shot(page, "receptions-cancel-dialog");
  await expectNoA11yViolations(page);
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();

  // Gone from the unfinished list …
  await expect(page.locator(`a[href="${sessionPath}"]`)).toHaveCount(0);
  await expect(page.getByText(`受付番号 ${number}`)).toHaveCount(0);
  // … listed as 取り消し with the finished ones, without actions.
  await page.getByRole("checkbox", { name: "終了・取り消しした受付も表示する" }).check();
  const cancelled = page.locator("li").filter({ hasText: `受付番号 ${number}` });
  await expect(cancelled.getByText("取り消し", { exact: true })).toBeVisible();
  await expect(cancelled.locator("p.font-bold")).toHaveText(`受付番号 ${number}　故 佐藤 一郎`);
  await expect(cancelled.getByRole("button")).toHaveCount(0);
  await expect(cancelled.getByRole("link")).toHaveCount(0);
  await shot(page, "receptions-finished");
  await expectNoA11yViolations(page);

  // Opening it again is refused in Japanese.
  await page.goto(sessionUrl);
  await expect(page.getByText("この受付は取り消されたため").first()).toBeVisible();
});
