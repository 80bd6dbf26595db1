import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { COUNTER_URL, STUDIO_URL } from "../playwright.config";
import { expectNoA11yViolations } from "../support/axe";
import { login } from "../support/login";
import { shot } from "../support/screens";

const screen = { width: 1366, height: 768 };

/** Today in Japan as the statistics table labels a day ("11/30"). */
function todayLabel(): string {
  const [, m, d] = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10).split("-").map(Number);
  return `${m}/${d}`;
}

async function startReception(clerk: Page) {
  await clerk.goto(COUNTER_URL);
  await clerk.getByRole("button", { name: /^住民異動.*の受付を始める/ }).click();
  await expect(clerk.getByRole("form", { name: "質問への回答" })).toBeVisible();
}

/** Today's receptions as the table under the chart says. */
async function receptionsToday(page: Page): Promise<number> {
  const table = page.getByRole("table", { name: "期間ごとの件数" });
  const row = table.getByRole("row", { name: new RegExp(`^${todayLabel()} `) });
  return Number(await row.getByRole("cell").first().textContent());
}

/**
 * 統計: the receptions this test starts at the counter show in the studio's chart and table for
 * today, one more after one more reception, and the CSV export holds the same figures.
 */
test("statistics count this run's own receptions, as a chart, a table and CSV", async ({ page, browser }) => {
  const counter = await browser.newContext({ viewport: screen });
  const clerk = await counter.newPage();
  await login(clerk, COUNTER_URL, "counter");
  await expect(clerk.getByRole("button", { name: /^住民異動.*の受付を始める/ })).toBeVisible();
  await startReception(clerk);
  await startReception(clerk);

  await page.setViewportSize(screen);
  await login(page, STUDIO_URL, "admin");
  await expect(page.getByRole("heading", { name: "フロー一覧" })).toBeVisible();
  await page
    .getByRole("navigation", { name: "スタジオのメニュー" })
    .getByRole("link", { name: "統計" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "統計" })).toBeVisible();
  const chart = page.getByRole("figure", { name: /日ごとの受付・連携・申請書の印刷の件数/ });
  await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await page.getByText("表で見る").click();
  const before = await receptionsToday(page);
  expect(before).toBeGreaterThanOrEqual(2);
  await expectNoA11yViolations(page);
  await shot(page, "studio-statistics");

  await startReception(clerk);
  await page.reload();
  await page.getByText("表で見る").click();
  await expect.poll(() => receptionsToday(page)).toBe(before + 1);

  // By month: the same receptions in this month's bar.
  const conditions = page.getByRole("form", { name: "集計の条件" });
  await conditions.getByLabel("集計の単位").selectOption({ label: "月ごと" });
  await conditions.getByRole("button", { name: "集計する" }).click();
  await expect(page.getByRole("figure", { name: /月ごとの/ })).toBeVisible();
  await shot(page, "studio-statistics-month");

  const download = page.waitForEvent("download");
  await conditions.getByRole("button", { name: "この集計をCSVに書き出す" }).click();
  const csv = readFileSync(await (await download).path(), "utf8");
  expect(csv.startsWith('\uFEFF"期間の始まり","受付","受付終了","取り消し","連携","申請書の印刷"')).toBe(
    true,
  );
  const total = csv.split("\r\n").find((l) => l.startsWith('"合計"')) ?? "";
  expect(Number(total.split(",")[1]?.replaceAll('"', ""))).toBeGreaterThanOrEqual(before + 1);
  await counter.close();
});
