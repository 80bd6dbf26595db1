import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { COUNTER_URL, STUDIO_URL } from "../playwright.config";
import { expectNoA11yViolations } from "../support/axe";
import { login } from "../support/login";
import { runInfo } from "../support/run-info";
import { shot } from "../support/screens";

/**
 * 監査ログ: a counter clerk logs in; the system admin finds that login in the studio by person and
 * action, pages are newest first, and the CSV export holds the same row.
 */
test("the system admin reads the audit log, filters it and exports it as CSV", async ({ page, browser }) => {
  const clerkContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const clerk = await clerkContext.newPage();
  await login(clerk, COUNTER_URL, "counter");
  await expect(clerk).not.toHaveURL(/\/login$/);
  await clerkContext.close();

  await page.setViewportSize({ width: 1366, height: 768 });
  await login(page, STUDIO_URL, "admin");
  await expect(page.getByRole("heading", { name: "フロー一覧" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "スタジオのメニュー" });

  // The retention period is the city's to set, in 職員・部署; the change is audited.
  await nav.getByRole("link", { name: "職員・部署" }).click();
  const retention = page.getByRole("form", { name: "保存期間の設定" });
  await expect(retention.getByLabel("保存期間（日）")).toHaveValue("30");
  await retention.getByLabel("保存期間（日）").fill("0");
  await retention.getByRole("button", { name: "保存する" }).click();
  await expect(retention.getByText("保存期間は1日以上にしてください。")).toBeVisible();
  await retention.getByLabel("保存期間（日）").fill("45");
  await retention.getByRole("button", { name: "保存する" }).click();
  await expect(retention.getByText("保存期間を45日にしました。")).toBeVisible();
  await expectNoA11yViolations(page);
  await shot(page, "studio-admin-retention");

  await nav.getByRole("link", { name: "監査ログ" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "監査ログ" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "監査ログ" })).toHaveAttribute("aria-current", "page");
  const rows = page.getByRole("table", { name: "監査ログ（新しい順）" }).getByRole("row");
  // The admin's own login of a moment ago is the newest row or close to it.
  const adminLoginId = `${runInfo().loginPrefix}admin`;
  await expect(rows.filter({ hasText: adminLoginId }).filter({ hasText: "ログイン" }).first()).toBeVisible();
  await expectNoA11yViolations(page);
  await shot(page, "studio-audit");

  const clerkLoginId = `${runInfo().loginPrefix}counter`;
  const filter = page.getByRole("form", { name: "監査ログの絞り込み" });
  await filter.getByLabel("職員").selectOption({ label: `窓口 さくら（${clerkLoginId}）` });
  await filter.getByLabel("操作").selectOption({ label: "ログイン" });
  await filter.getByRole("button", { name: "絞り込む" }).click();
  const clerkLogin = rows.filter({ hasText: clerkLoginId });
  await expect(clerkLogin.first()).toContainText("ログイン");
  await expect(clerkLogin.first()).toContainText("市民課");
  await expect(rows.filter({ hasText: adminLoginId })).toHaveCount(0);
  await shot(page, "studio-audit-filtered");

  const download = page.waitForEvent("download");
  await filter.getByRole("button", { name: "表示中の条件でCSVに書き出す" }).click();
  const file = await (await download).path();
  const csv = readFileSync(file, "utf8");
  expect(csv.startsWith('\uFEFF"日時","職員","ログインID","所属","操作","対象","詳細"')).toBe(true);
  const lines = csv.trim().split("\r\n").slice(1);
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    expect(line).toContain(`"${clerkLoginId}"`);
    expect(line).toContain('"auth.login"');
  }
  await expect(page.getByText(`${lines.length}件を書き出しました。`)).toBeVisible();
  await expectNoA11yViolations(page);

  // The export is on the record too.
  await filter.getByLabel("職員").selectOption({ label: "すべての職員" });
  await filter.getByLabel("操作").selectOption({ label: "監査ログの書き出し" });
  await filter.getByRole("button", { name: "絞り込む" }).click();
  await expect(rows.filter({ hasText: adminLoginId }).first()).toContainText("監査ログの書き出し");
  await filter.getByLabel("操作").selectOption({ label: "自治体の設定の変更" });
  await filter.getByRole("button", { name: "絞り込む" }).click();
  await expect(rows.filter({ hasText: "保存期間（日）: 45、変更前（日）: 30" })).toHaveCount(1);

  // Back to the default for the specs after this one.
  await nav.getByRole("link", { name: "職員・部署" }).click();
  await retention.getByLabel("保存期間（日）").fill("30");
  await retention.getByRole("button", { name: "保存する" }).click();
  await expect(retention.getByText("保存期間を30日にしました。")).toBeVisible();
});
