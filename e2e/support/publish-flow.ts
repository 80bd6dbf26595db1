import { expect, type Page } from "@playwright/test";

/** On a flow's 公開 tab: 公開する, confirmed in its dialog, then waits for 「vN を公開しました」. */
export async function publishFromTab(page: Page): Promise<void> {
  await page.getByRole("button", { name: "公開する" }).click();
  await page
    .getByRole("dialog", { name: /^v\d+ として公開しますか？$/ })
    .getByRole("button", { name: "公開を確定する" })
    .click();
  await expect(page.getByText(/^v\d+ を公開しました$/)).toBeVisible();
}
