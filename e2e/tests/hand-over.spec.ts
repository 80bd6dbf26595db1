import { expect, test } from "@playwright/test";
import { COUNTER_URL } from "../playwright.config";
import { expectNoA11yViolations } from "../support/axe";
import { login } from "../support/login";
import { shot } from "../support/screens";

/**
 * Clerks see their own receptions (issue 10): the clerk who started an おくやみ reception hands it to
 * a colleague of the おくやみ desk with 「引き継ぐ」; it leaves the giver's 途中の受付 and appears in
 * the colleague's, and the giver can no longer open it.
 */
test("引き継ぐ: a reception moves to the chosen colleague and only they can open it", async ({ browser }) => {
  const screen = { viewport: { width: 1366, height: 768 } };
  const giver = await (await browser.newContext(screen)).newPage();
  await login(giver, COUNTER_URL, "counter");
  await giver.getByRole("button", { name: /^おくやみ.*の受付を始める/ }).click();
  await expect(giver).toHaveURL(/\/interview\//);
  const sessionUrl = giver.url();
  await giver.goto(`${COUNTER_URL}/`);

  // The row of this reception (the clerk may hold others from earlier walk-throughs).
  const sessionPath = new URL(sessionUrl).pathname;
  const row = giver.locator("li").filter({ has: giver.locator(`a[href="${sessionPath}"]`) });
  const number = ((await row.locator("p.font-bold").textContent()) ?? "").match(/受付番号 (\S+)/)?.[1] ?? "";
  expect(number).not.toBe("");
  await row.getByRole("button", { name: /^引き継ぐ/ }).click();
  const form = giver.getByRole("form", { name: `受付番号 ${number} の引き継ぎ` });
  await form.getByLabel("引き継ぐ職員").selectOption({ label: "弔事 あおい（市民課）" });
  await shot(giver, "hand-over-picker");
  await expectNoA11yViolations(giver);
  await form.getByRole("button", { name: "引き継ぐ", exact: true }).click();
  await expect(giver.getByText(`受付番号 ${number}`)).toHaveCount(0);

  // The giver holds it no more: opening it is refused in Japanese.
  await giver.goto(sessionUrl);
  await expect(giver.getByText("この受付は別の職員が担当しています。").first()).toBeVisible();

  const taker = await (await browser.newContext(screen)).newPage();
  await login(taker, COUNTER_URL, "okuyami");
  const taken = taker.locator("li").filter({ hasText: `受付番号 ${number}` });
  await expect(taken).toBeVisible();
  // The おくやみ desk is offered only おくやみ flows.
  await expect(taker.getByRole("button", { name: /の受付を始める/ })).toHaveCount(1);
  await shot(taker, "hand-over-received");
  await expectNoA11yViolations(taker);
  await taken.getByRole("link", { name: /再開する/ }).click();
  await expect(taker).toHaveURL(sessionUrl);
  await expect(taker.getByText("この受付は別の職員が担当しています。")).toHaveCount(0);
});
