import { expect, type Page, test } from "@playwright/test";
import { COUNTER_URL, STUDIO_URL } from "../playwright.config";
import { expectNoA11yViolations } from "../support/axe";
import { login } from "../support/login";
import { runInfo } from "../support/run-info";
import { shot } from "../support/screens";

/**
 * A new department goes live without a developer: the system admin creates 納税課 and a 納税課 clerk
 * in the studio, and the clerk, after choosing their own password at the first login, can use the
 * counter's QR scan. Then the admin resets the clerk's password (the clerk chooses a new one again)
 * and disables the account; each time the clerk's open screen stops working.
 */
const screen = { width: 1366, height: 768 };

test("system admin creates 納税課 and its clerk; the clerk reaches /scan, is reset and disabled", async ({
  page,
  browser,
}) => {
  await page.setViewportSize(screen);
  await login(page, STUDIO_URL, "admin");
  await expect(page.getByRole("heading", { name: "フロー一覧" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "スタジオのメニュー" });
  await nav.getByRole("link", { name: "職員・部署" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "職員・部署" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "職員・部署" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("row", { name: /^市民課 shimin/ })).toBeVisible();
  await checkScreen(page, "admin-overview");

  // The department: name, key, counter and linked to the slip.
  const newDepartment = page.getByRole("form", { name: "部署を追加" });
  await newDepartment.getByLabel("部署名").fill("納税課");
  await newDepartment.getByLabel("部署キー").fill("nouzei");
  await newDepartment.getByLabel("窓口の場所").fill("2階 24番");
  await expect(newDepartment.getByRole("checkbox", { name: /連携課にする/ })).toBeChecked();
  await newDepartment.getByRole("button", { name: "部署を追加する" }).click();
  await expect(page.getByRole("status").filter({ hasText: "納税課を追加しました。" })).toBeVisible();
  await expect(page.getByRole("row", { name: /納税課 nouzei 2階 24番/ })).toBeVisible();

  // The same key twice is a clear message next to the field, not a 500.
  await newDepartment.getByLabel("部署名").fill("納税課（重複）");
  await newDepartment.getByLabel("部署キー").fill("nouzei");
  await newDepartment.getByRole("button", { name: "部署を追加する" }).click();
  await expect(newDepartment.getByText("このキーはすでに使われています。")).toBeVisible();
  await checkScreen(page, "admin-department-key-taken");
  await newDepartment.getByLabel("部署名").fill("");
  await newDepartment.getByLabel("部署キー").fill("");

  // Editing moves the keyboard to the form; the key is shown but fixed.
  await page.getByRole("button", { name: "納税課を編集" }).click();
  const editDepartment = page.getByRole("form", { name: "納税課を編集" });
  await expect(editDepartment.getByLabel("部署名")).toBeFocused();
  await expect(editDepartment.getByLabel("部署キー")).toHaveAttribute("readonly", "");
  await editDepartment.getByLabel("窓口の場所").fill("2階 26番");
  await checkScreen(page, "admin-department-edit");
  await editDepartment.getByRole("button", { name: "保存する" }).click();
  await expect(page.getByRole("row", { name: /納税課 nouzei 2階 26番/ })).toBeVisible();

  // The clerk: a generated initial password, shown once.
  const loginId = `${runInfo().loginPrefix}nouzei-clerk`;
  const newStaff = page.getByRole("form", { name: "職員を追加" });
  await newStaff.getByLabel("氏名").fill("納税 花子");
  await newStaff.getByLabel("ログインID").fill(loginId);
  await newStaff.getByRole("combobox", { name: "所属課" }).selectOption({ label: "納税課" });
  await newStaff.getByRole("checkbox", { name: "連携課職員（案内票のQR読み取り）" }).check();
  await newStaff.getByRole("button", { name: "職員を追加する" }).click();
  const shown = page.getByTestId("one-time-password");
  await expect(shown).toHaveText(/^[A-Za-z2-9]{12}$/);
  const firstPassword = (await shown.textContent()) ?? "";
  await expect(
    page.getByRole("row", { name: new RegExp(`納税 花子 ${loginId} 納税課 連携課職員 有効`) }),
  ).toBeVisible();
  await checkScreen(page, "admin-staff-created");
  await page.getByRole("button", { name: "確認しました" }).click();
  await expect(shown).toHaveCount(0);

  // The clerk logs in at the counter and lands on the QR scan, as 納税課.
  const clerkContext = await browser.newContext({
    viewport: screen,
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
  });
  const clerk = await clerkContext.newPage();
  await counterLogin(clerk, loginId, firstPassword);
  await chooseOwnPassword(clerk, firstPassword, "税務課の窓口は二階の一番奥です");
  await expect(clerk).toHaveURL(/\/scan$/);
  await expect(clerk.getByLabel(/QRコード/)).toBeFocused();
  await expect(clerk.getByText("納税課").first()).toBeVisible();
  await shot(clerk, "counter-nouzei-clerk-scan");

  // Reset: a new password; the clerk's open screen is logged out and only the new one works.
  await page.getByRole("button", { name: "納税 花子のパスワードを再設定" }).click();
  const reset = page.getByRole("form", { name: "納税 花子さんのパスワードを再設定" });
  await expect(reset.getByLabel("新しいパスワード")).toBeFocused();
  await checkScreen(page, "admin-password-reset");
  await reset.getByRole("button", { name: "パスワードを再設定する" }).click();
  await expect(shown).toHaveText(/^[A-Za-z2-9]{12}$/);
  const secondPassword = (await shown.textContent()) ?? "";
  expect(secondPassword).not.toBe(firstPassword);
  await page.getByRole("button", { name: "確認しました" }).click();
  await clerk.reload();
  await expect(clerk).toHaveURL(/\/login$/);
  await counterLogin(clerk, loginId, firstPassword);
  await expect(clerk.getByText("ログインIDまたはパスワードが違います。")).toBeVisible();
  await counterLogin(clerk, loginId, secondPassword);
  await chooseOwnPassword(clerk, secondPassword, "二度目に決めた税務課のパスワード");
  await expect(clerk).toHaveURL(/\/scan$/);

  // Disable: the open screen stops working at once and the account cannot log in.
  await page.getByRole("button", { name: "納税 花子を編集" }).click();
  const editStaff = page.getByRole("form", { name: "納税 花子さんのアカウントを編集" });
  await expect(editStaff.getByLabel("氏名")).toBeFocused();
  await editStaff.getByRole("checkbox", { name: "このアカウントを無効にする" }).check();
  await checkScreen(page, "admin-staff-edit");
  await editStaff.getByRole("button", { name: "保存する" }).click();
  await expect(page.getByRole("row", { name: /納税 花子 .* 無効/ })).toBeVisible();
  await clerk.reload();
  await expect(clerk).toHaveURL(/\/login$/);
  await counterLogin(clerk, loginId, "二度目に決めた税務課のパスワード");
  await expect(clerk.getByText("ログインIDまたはパスワードが違います。")).toBeVisible();
  await clerkContext.close();
});

test("someone who is not a system admin gets no 職員・部署 section", async ({ page }) => {
  await page.setViewportSize(screen);
  await login(page, STUDIO_URL, "counter");
  await expect(page.getByRole("alert").filter({ hasText: "この画面を使う権限がありません" })).toBeVisible();
  await page.goto(`${STUDIO_URL}/admin`);
  await expect(page.getByRole("alert").filter({ hasText: "この画面を使う権限がありません" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "スタジオのメニュー" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "職員・部署" })).toHaveCount(0);
});

async function checkScreen(page: Page, name: string) {
  await expectNoA11yViolations(page);
  await shot(page, name);
}

/** A password the admin issued opens only the change form; the clerk chooses their own there. */
async function chooseOwnPassword(page: Page, issued: string, own: string) {
  const form = page.getByRole("form", { name: "パスワードの変更" });
  await expect(page.getByRole("heading", { name: "パスワードの変更" })).toBeVisible();
  await form.getByLabel("管理者から受け取ったパスワード").fill(issued);
  await form.getByLabel("新しいパスワード", { exact: true }).fill(own);
  await form.getByLabel("新しいパスワード（確認）").fill(own);
  await form.getByRole("button", { name: "パスワードを変更する" }).click();
}

async function counterLogin(page: Page, loginId: string, password: string) {
  if (!page.url().endsWith("/login")) await page.goto(`${COUNTER_URL}/login`);
  await page.getByLabel("ログインID").fill(loginId);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "ログイン" }).click();
}
