import { randomUUID } from "node:crypto";
import { hashPassword } from "@kakanai/api";
import { createDb, createStaff, schema } from "@kakanai/db";
import { expect, type Page, test } from "@playwright/test";
import { eq } from "drizzle-orm";
import { COUNTER_URL, STUDIO_URL } from "../playwright.config";
import { expectNoA11yViolations } from "../support/axe";
import { runInfo } from "../support/run-info";
import { shot } from "../support/screens";

/**
 * Staff change their own password in both apps; every other session of the account ends; a
 * password an admin issued opens only the change form. An account of its own (the demo accounts'
 * shared password is what every other spec logs in with), in this run's city.
 */
const screen = { width: 1366, height: 768 };
const first = "最初に決めた長いパスワード";
const second = "二番目に決めた長いパスワード";
const third = "三番目に決めた長いパスワード";

async function newAccount() {
  const db = createDb(process.env.DATABASE_URL ?? "", { maxConnections: 1 });
  try {
    const loginId = `${runInfo().loginPrefix}pw-${randomUUID().slice(0, 8)}`;
    const row = await createStaff(db, {
      municipalityId: runInfo().municipalityId,
      loginId,
      name: "変更 太郎",
      passwordHash: await hashPassword(first),
      roles: ["dept_admin", "counter_clerk"],
    });
    return { loginId, id: row.id };
  } finally {
    await db.$client.end();
  }
}

async function requireChange(staffId: string) {
  const db = createDb(process.env.DATABASE_URL ?? "", { maxConnections: 1 });
  try {
    await db.update(schema.staff).set({ mustChangePassword: true }).where(eq(schema.staff.id, staffId));
  } finally {
    await db.$client.end();
  }
}

async function loginTo(page: Page, baseUrl: string, loginId: string, password: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("ログインID").fill(loginId);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "ログイン" }).click();
}

async function checkScreen(page: Page, name: string) {
  await expectNoA11yViolations(page);
  await shot(page, name);
}

test("staff change their own password in the studio and at the counter; other sessions end", async ({
  page,
  browser,
}) => {
  await page.setViewportSize(screen);
  const account = await newAccount();

  // Another browser is logged in at the counter with the same account.
  const otherContext = await browser.newContext({
    viewport: screen,
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
  });
  const other = await otherContext.newPage();
  await loginTo(other, COUNTER_URL, account.loginId, first);
  await expect(other.getByRole("link", { name: "パスワード変更" })).toBeVisible();

  await loginTo(page, STUDIO_URL, account.loginId, first);
  await expect(page.getByRole("heading", { name: "フロー一覧" })).toBeVisible();
  await page.getByRole("link", { name: "パスワード変更" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "パスワードの変更" })).toBeVisible();
  const form = page.getByRole("form", { name: "パスワードの変更" });
  await checkScreen(page, "studio-password-change");

  // Empty and mismatched are said at once; the server's reasons come back in Japanese.
  await form.getByRole("button", { name: "パスワードを変更する" }).click();
  await expect(form.getByText("現在のパスワードを入力してください。")).toBeVisible();
  await form.getByLabel("現在のパスワード").fill("ちがうパスワードです");
  await form.getByLabel("新しいパスワード", { exact: true }).fill(second);
  await form.getByLabel("新しいパスワード（確認）").fill(`${second}！`);
  await form.getByRole("button", { name: "パスワードを変更する" }).click();
  await expect(form.getByText("新しいパスワードと一致しません。同じものを入力してください。")).toBeVisible();
  await form.getByLabel("新しいパスワード（確認）").fill(second);
  await form.getByRole("button", { name: "パスワードを変更する" }).click();
  await expect(form.getByRole("alert")).toContainText("現在のパスワードが違います。");
  await form.getByLabel("現在のパスワード").fill(first);
  await form.getByLabel("新しいパスワード", { exact: true }).fill("みじかい");
  await form.getByLabel("新しいパスワード（確認）").fill("みじかい");
  await form.getByRole("button", { name: "パスワードを変更する" }).click();
  await expect(form.getByRole("alert")).toContainText("パスワードは12文字以上にしてください。");
  await checkScreen(page, "studio-password-change-refused");

  await form.getByLabel("新しいパスワード", { exact: true }).fill(second);
  await form.getByLabel("新しいパスワード（確認）").fill(second);
  await form.getByRole("button", { name: "パスワードを変更する" }).click();
  await expect(page.getByRole("status").filter({ hasText: "パスワードを変更しました" })).toBeVisible();
  await checkScreen(page, "studio-password-changed");
  // This browser stays logged in; the other one is logged out.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "パスワードの変更" })).toBeVisible();
  await other.reload();
  await expect(other).toHaveURL(/\/login$/);
  await otherContext.close();

  // At the counter: the new password logs in, and is changed again there.
  await loginTo(page, COUNTER_URL, account.loginId, second);
  await page.getByRole("link", { name: "パスワード変更" }).click();
  const counterForm = page.getByRole("form", { name: "パスワードの変更" });
  await expect(page.getByRole("heading", { level: 1, name: "パスワードの変更" })).toBeVisible();
  await checkScreen(page, "counter-password-change");
  await counterForm.getByLabel("現在のパスワード").fill(second);
  await counterForm.getByLabel("新しいパスワード", { exact: true }).fill(third);
  await counterForm.getByLabel("新しいパスワード（確認）").fill(third);
  await counterForm.getByRole("button", { name: "パスワードを変更する" }).click();
  await expect(page.getByRole("status").filter({ hasText: "パスワードを変更しました" })).toBeVisible();
  await checkScreen(page, "counter-password-changed");
});

test("a password an admin issued opens only the change form, in both apps", async ({ page }) => {
  await page.setViewportSize(screen);
  const account = await newAccount();
  await requireChange(account.id);

  await loginTo(page, COUNTER_URL, account.loginId, first);
  await expect(page.getByRole("heading", { name: "パスワードの変更" })).toBeVisible();
  await expect(page.getByText("管理者が設定したパスワードでログインしています。")).toBeVisible();
  await checkScreen(page, "counter-password-required");

  await loginTo(page, STUDIO_URL, account.loginId, first);
  await expect(page.getByRole("heading", { name: "パスワードの変更" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "フロー一覧" })).toHaveCount(0);
  await checkScreen(page, "studio-password-required");
  const form = page.getByRole("form", { name: "パスワードの変更" });
  await form.getByLabel("管理者から受け取ったパスワード").fill(first);
  await form.getByLabel("新しいパスワード", { exact: true }).fill(second);
  await form.getByLabel("新しいパスワード（確認）").fill(second);
  await form.getByRole("button", { name: "パスワードを変更する" }).click();
  await expect(page.getByRole("heading", { name: "フロー一覧" })).toBeVisible();
});

test("the first-start screen is closed once the city has staff", async ({ page }) => {
  await page.setViewportSize(screen);
  await page.goto(`${STUDIO_URL}/setup`);
  await expect(page.getByRole("heading", { level: 1, name: "初期設定" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "初期設定は完了しています" })).toBeVisible();
  await expect(page.getByRole("form")).toHaveCount(0);
  await checkScreen(page, "studio-setup-closed");
});
