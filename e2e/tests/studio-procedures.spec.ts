import { expect, type Page, test } from "@playwright/test";
import { STUDIO_URL } from "../playwright.config";
import { expectNoA11yViolations } from "../support/axe";
import { keyboardSensorListening } from "../support/dnd";
import { login } from "../support/login";
import { addCondition, fillMopedProcedure } from "../support/procedure-rule";
import { shot } from "../support/screens";

/**
 * The 手続き tab edits every part of a procedure in the browser (issue 9, item 1): a department adds
 * its own procedure through the UI only (studio-editable.spec opens every demo procedure).
 */

async function openFlow(page: Page, name: RegExp) {
  await page.setViewportSize({ width: 1366, height: 768 });
  page.on("dialog", (d) => d.accept());
  await login(page, STUDIO_URL, "admin");
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("button", { name: "質問を追加" })).toBeVisible();
}

test("a department adds 原動機付自転車の登録 in the UI only, saves, and finds it after a reload", async ({
  page,
}) => {
  await openFlow(page, /^住民異動/);

  // The yes/no answer the condition reads: asked like any other question.
  await page.getByRole("button", { name: "質問を追加" }).click();
  const addQuestion = page.getByRole("form", { name: "質問の追加" });
  await addQuestion.getByLabel("種類", { exact: true }).selectOption({ label: "はい/いいえ" });
  await addQuestion.getByLabel("ラベル", { exact: true }).fill("原動機付自転車（原付）を持って転入しますか");
  await addQuestion.getByLabel("キー", { exact: true }).fill("bringsMoped");
  await addQuestion.getByRole("button", { name: "追加する" }).click();

  await page.getByRole("tab", { name: "手続き" }).click();
  await page.getByRole("button", { name: "手続きを追加" }).click();
  const add = page.getByRole("form", { name: "手続きを追加" });
  await add.getByLabel("手続きの名前").fill("原動機付自転車の登録");
  await add.getByLabel("担当課").selectOption({ label: "資産税課" });
  await expect(add.getByLabel("キー")).toHaveValue("P18");
  await expectNoA11yViolations(page);
  await shot(page, "studio-procedure-add");
  await add.getByRole("button", { name: "追加する" }).click();

  const detail = page.getByRole("region", { name: "手続き 原動機付自転車の登録" });
  await expect(detail).toBeVisible();
  const rule = detail.getByRole("region", { name: "適用条件" });
  await addCondition(rule, "どの届出ですか（moveType）", "転入（市外から東雲市へ）");
  await addCondition(rule, "原動機付自転車（原付）を持って転入しますか（bringsMoped）", "はい");
  await expect(rule).toContainText("今の条件: （「どの届出ですか」 が 「転入（市外から東雲市へ）」 かつ");
  await fillMopedProcedure(detail);
  await expectNoA11yViolations(page);
  await shot(page, "studio-procedure-new");

  // Slip order: one place up with the keyboard (dnd-kit), above X01 転校.
  const list = page.getByRole("list", { name: "手続きの一覧" });
  const handle = list.getByRole("button", { name: "並べ替え: 原動機付自転車の登録" });
  await handle.press("Space");
  await expect(handle).toHaveAttribute("aria-pressed", "true");
  // Each key waits for dnd-kit's Japanese announcement, as a screen-reader user would hear it.
  const over = (await page.getByText(/番目に移動します/).textContent()) ?? "";
  const [, total, at] = /(\d+)件中 (\d+)番目/.exec(over) ?? [];
  await keyboardSensorListening(page);
  await page.keyboard.press("ArrowUp");
  await expect(
    page.getByText(`${total}件中 ${Number(at) - 1}番目に移動します`, { exact: false }),
  ).toBeAttached();
  await page.keyboard.press("Space");
  await expect(page.getByText(/番目に置きました/)).toBeAttached();
  await expect(list.getByRole("listitem").last()).toContainText("X01");

  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByText(/保存済み/).first()).toBeVisible();

  // The engine's lint passes it (a procedure without forms is only a warning) and the diff names it.
  await page.getByRole("tab", { name: "公開" }).click();
  await expect(page.getByText("✓ 公開を止める問題はありません")).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: "公開すると変わること" })
      .getByRole("listitem")
      .filter({ hasText: "手続きを追加: P18（原動機付自転車の登録）" }),
  ).toBeVisible();

  await page.reload();
  await page.getByRole("tab", { name: "手続き" }).click();
  await expect(list.getByRole("listitem").last()).toContainText("X01");
  await expect(list.getByRole("listitem").nth(-2)).toContainText("P18原動機付自転車の登録資産税課");
  await list.getByRole("button", { name: /^P18/ }).click();
  const saved = page.getByRole("region", { name: "手続き 原動機付自転車の登録" });
  await expect(saved.getByLabel("担当課")).toHaveValue("shisanzei");
  await expect(saved.getByRole("region", { name: "適用条件" })).toContainText(
    "今の条件: （「どの届出ですか」 が 「転入（市外から東雲市へ）」 かつ 「原動機付自転車（原付）を持って転入しますか」 が 「はい」）",
  );
  await expect(saved.getByLabel("理由（世帯に対して）")).toHaveValue(
    "原付を持って転入されたため、東雲市での登録が必要です",
  );
  await expect(saved.getByLabel(/^基準日から何日以内/)).toHaveValue("15");
  await expect(saved.getByLabel("持ち物1", { exact: true })).toHaveValue("廃車申告受付書");
  await expect(saved.getByLabel("持ち物2", { exact: true })).toHaveValue("本人確認書類");

  // Removing is the UI's too, and gives the other specs back the 住民異動 draft they expect.
  await saved.getByRole("button", { name: "この手続きを削除" }).click();
  await expect(list.getByRole("button", { name: /^P18/ })).toHaveCount(0);
  await page.getByRole("tab", { name: "質問" }).click();
  await page.getByRole("button", { name: /^原動機付自転車（原付）を持って転入しますか/ }).click();
  await page.getByRole("button", { name: "この質問を削除" }).click();
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByText(/保存済み/).first()).toBeVisible();
  await page.reload();
  await page.getByRole("tab", { name: "手続き" }).click();
  await expect(list.getByRole("listitem").last()).toContainText("X01");
  await expect(list.getByRole("button", { name: /^P18/ })).toHaveCount(0);
});
