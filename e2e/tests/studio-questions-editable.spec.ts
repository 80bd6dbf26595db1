import { expect, type Page, test } from "@playwright/test";
import { STUDIO_URL } from "../playwright.config";
import { login } from "../support/login";

/**
 * Nothing of a demo question is 表示のみ to the flow's owning admin: every question of the four demo
 * flows opens in the editor, and every control in it can be changed. (The answer key is shown as text,
 * not as a control: conditions and forms refer to it.)
 */
const FLOWS = [/^住民異動/, /^出生/, /^おくやみ/, /^証明書/];

test("every question of the four demo flows opens with every control editable", async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await login(page, STUDIO_URL, "admin");
  await expect(page.getByRole("heading", { name: "フロー一覧" })).toBeVisible();
  let opened = 0;
  for (const flow of FLOWS) {
    if (opened > 0) await page.getByRole("link", { name: "← フロー一覧" }).click();
    await page.getByRole("link", { name: flow }).click();
    await expect(page.getByRole("button", { name: "質問を追加" })).toBeVisible();
    const list = page.getByRole("list", { name: "質問の並び（上から順に聞きます）" });
    const rows = list.getByRole("button", { name: /^(?!並べ替え)/ });
    const count = await rows.count();
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < count; i++) {
      await rows.nth(i).click();
      await expectEditable(page, `${flow.source} #${i + 1}`);
      opened++;
    }
  }
  // The four demo flows hold 92 questions, members' included: all were opened.
  expect(opened).toBeGreaterThanOrEqual(92);
});

async function expectEditable(page: Page, where: string): Promise<void> {
  const editor = page.getByRole("region", { name: "質問の編集" });
  await expect(editor.getByLabel("ラベル", { exact: true })).toBeEditable();
  const locked = await editor
    .locator("input, select, textarea, [contenteditable]")
    .evaluateAll((els) =>
      els
        .filter(
          (el) =>
            (el as HTMLInputElement).disabled ||
            (el as HTMLInputElement).readOnly ||
            el.getAttribute("aria-disabled") === "true" ||
            el.getAttribute("contenteditable") === "false",
        )
        .map((el) => el.getAttribute("aria-label") ?? el.id ?? el.tagName),
    );
  expect(locked, `locked controls in ${where}`).toEqual([]);
  await expect(editor).not.toContainText("表示のみ");
}
