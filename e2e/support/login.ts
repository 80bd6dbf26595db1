import { DEMO_PASSWORD } from "@kakanai/demo-city";
import type { Page } from "@playwright/test";
import { runInfo } from "./run-info";

/** Logs in through the app's login screen as this run's demo staff member `loginId` (admin, counter…). */
export async function login(page: Page, baseUrl: string, loginId: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("ログインID").fill(runInfo().loginPrefix + loginId);
  await page.getByLabel("パスワード").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "ログイン" }).click();
}
