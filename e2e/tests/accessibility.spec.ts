import { expect, test } from "@playwright/test";
import { COUNTER_URL, STUDIO_URL } from "../playwright.config";
import { expectNoA11yViolations as expectNoViolations } from "../support/axe";
import { login } from "../support/login";

/** The screens staff use all day pass axe-core's WCAG 2.1 A/AA rules (review, result and scan result in visit.spec). */
test("counter screens pass axe: login, home, a question, scan", async ({ page }) => {
  await page.goto(`${COUNTER_URL}/login`);
  await expect(page.getByLabel("ログインID")).toBeVisible();
  await expectNoViolations(page);
  await login(page, COUNTER_URL, "counter");
  await expect(page.getByRole("heading", { name: "窓口受付" })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("button", { name: /^住民異動.*の受付を始める/ }).click();
  await expect(page.getByRole("form", { name: "質問への回答" })).toBeVisible();
  await expectNoViolations(page);
  await page.goto(`${COUNTER_URL}/scan`);
  await expect(page.getByLabel(/QRコード/)).toBeVisible();
  await expectNoViolations(page);
});

test("studio screens pass axe: login, flow list, editor tabs", async ({ page }) => {
  await page.goto(`${STUDIO_URL}/login`);
  await expect(page.getByLabel("ログインID")).toBeVisible();
  await expectNoViolations(page);
  await login(page, STUDIO_URL, "admin");
  await expect(page.getByRole("heading", { name: "フロー一覧" })).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("link", { name: /出生/ }).click();
  for (const tab of ["質問", "手続き", "テスト", "公開"]) {
    await page.getByRole("tab", { name: tab }).click();
    await expect(page.getByRole("tab", { name: tab })).toHaveAttribute("aria-selected", "true");
    await expectNoViolations(page);
  }
});
