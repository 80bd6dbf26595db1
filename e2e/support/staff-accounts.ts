import { expect, type Page } from "@playwright/test";
import { COUNTER_URL } from "../playwright.config";

export interface StaffAccount {
  id: string;
  password: string;
}

/**
 * Adds an account on the system admin's 職員・部署 screen (already open) and returns it with the
 * generated initial password, shown once after 職員を追加する.
 */
export async function addStaff(
  page: Page,
  staff: { name: string; loginId: string; department: string; roles: string[] },
): Promise<StaffAccount> {
  const form = page.getByRole("form", { name: "職員を追加" });
  await form.getByLabel("氏名").fill(staff.name);
  await form.getByLabel("ログインID").fill(staff.loginId);
  await form.getByRole("combobox", { name: "所属課" }).selectOption({ label: staff.department });
  for (const role of staff.roles) await form.getByRole("checkbox", { name: role }).check();
  await form.getByRole("button", { name: "職員を追加する" }).click();
  const shown = page.getByTestId("one-time-password");
  await expect(shown).toHaveText(/^[A-Za-z2-9]{12}$/);
  const password = (await shown.textContent()) ?? "";
  await page.getByRole("button", { name: "確認しました" }).click();
  return { id: staff.loginId, password };
}

/**
 * Logs in as an account the system admin created; at its first login it chooses `ownPassword`
 * (then kept in `account`), as its owner would.
 */
export async function loginAs(page: Page, baseUrl: string, account: StaffAccount, ownPassword: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("ログインID").fill(account.id);
  await page.getByLabel("パスワード").fill(account.password);
  await page.getByRole("button", { name: "ログイン" }).click();
  const change = page.getByRole("form", { name: "パスワードの変更" });
  const ready =
    baseUrl === COUNTER_URL ? page.getByLabel(/QRコード/) : page.getByRole("heading", { name: "フロー一覧" });
  await expect(change.or(ready).first()).toBeVisible();
  if (await change.isVisible()) {
    await change.getByLabel("管理者から受け取ったパスワード").fill(account.password);
    await change.getByLabel("新しいパスワード", { exact: true }).fill(ownPassword);
    await change.getByLabel("新しいパスワード（確認）").fill(ownPassword);
    await change.getByRole("button", { name: "パスワードを変更する" }).click();
    account.password = ownPassword;
    await expect(ready).toBeVisible();
  }
}
