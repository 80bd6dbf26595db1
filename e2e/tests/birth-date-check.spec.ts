import { expect, test } from "@playwright/test";
import { COUNTER_URL } from "../playwright.config";
import { expectNoA11yViolations } from "../support/axe";
import { login } from "../support/login";
import { shot } from "../support/screens";

/** 「R8.12.2」: a day in Japan written the short 和暦 way a clerk types it (令和 from 2019). */
function shortReiwa(at: Date): string {
  const [y, m, d] = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(at).split("-");
  return `R${Number(y) - 2018}.${Number(m)}.${Number(d)}`;
}

/** A 出生 at the counter: a birth date after today is refused in Japanese; today is accepted. */
test("出生: a date of birth after today is refused with a Japanese message", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await login(page, COUNTER_URL, "counter");
  await page.getByRole("button", { name: /^出生.*の受付を始める/ }).click();
  await expect(page).toHaveURL(/\/interview\//);
  for (const [label, value] of [
    [/赤ちゃんの氏名/, "東雲 陽"],
    [/赤ちゃんのフリガナ/, "シノノメ ヒナタ"],
  ] as const) {
    const box = page.getByRole("textbox", { name: label });
    await box.fill(value);
    await box.press("Enter");
  }
  const born = page.getByRole("textbox", { name: /生まれた日/ });
  await born.fill(shortReiwa(new Date(Date.now() + 24 * 60 * 60 * 1000)));
  await born.press("Enter");
  await expect(page.getByText("生年月日に今日より後の日付は入力できません").first()).toBeVisible();
  await expect(born).toBeVisible();
  await shot(page, "birth-date-future");
  await expectNoA11yViolations(page);

  await born.fill(shortReiwa(new Date()));
  await born.press("Enter");
  await expect(page.getByRole("progressbar", { name: "聞き取りの進み具合" })).toHaveAttribute(
    "aria-valuetext",
    /^回答済み 3 問/,
  );
});
