import { expect, type Page, test } from "@playwright/test";
import { STUDIO_URL } from "../playwright.config";
import { expectNoA11yViolations } from "../support/axe";
import { login } from "../support/login";
import { shot } from "../support/screens";

/**
 * Every question kind the engine knows can be built and set in the studio: a repeating group with its
 * item name and counts, a number with bounds inside it, a question that picks a household member, and
 * a requirement (必須・任意・条件つき). Saved, reloaded, read back — then removed again, so the demo
 * flow's draft is as it was for the specs that publish it.
 */
test("質問: a repeating group, bounds, a member pick and a conditional requirement are set in the studio and kept", async ({
  page,
}) => {
  page.on("dialog", (d) => d.accept());
  await login(page, STUDIO_URL, "admin");
  await page.getByRole("link", { name: /住民異動/ }).click();
  await expect(page.getByRole("button", { name: "質問を追加" })).toBeVisible();

  // A repeating group at the top level: 原動機付自転車, 0 to 3 of them.
  await addQuestion(page, { kind: "繰り返し（世帯員など）", label: "原動機付自転車", key: "mopeds" });
  const editor = page.getByRole("region", { name: "質問の編集" });
  await editor.getByLabel("最少件数").fill("0");
  await editor.getByLabel("最多件数").fill("3");
  await editor.getByLabel("1件の呼び方").fill("原付");

  // Its 排気量, a number between 1 and 125 cc, asked per 原付.
  await addQuestion(page, {
    into: "原付ごとの質問",
    kind: "数値",
    label: "排気量（cc）",
    key: "displacement",
  });
  await editor.getByLabel("最小値").fill("1");
  await editor.getByLabel("最大値").fill("125");

  // Who owns it: picked from the household, required only for a 転入.
  await addQuestion(page, {
    kind: "世帯員を選ぶ",
    label: "原付の所有者",
    key: "mopedOwner",
    pick: "異動する方",
  });
  await editor.getByRole("radio", { name: "条件を満たすときだけ必須" }).check();
  const condition = editor.getByRole("region", { name: "必須にする条件" });
  await condition.getByRole("button", { name: "＋ 条件を追加" }).click();
  const added = condition.locator(".rule").last();
  await added.locator("select.rule-fields").selectOption({ label: "どの届出ですか（moveType）" });
  await added
    .locator(".rule-value select, select.rule-value")
    .selectOption({ label: "転入（市外から東雲市へ）" });
  await expect(condition).toContainText("今の条件");
  await shot(page, "studio-question-settings");
  await expectNoA11yViolations(page);

  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText(/保存済み/)).toBeVisible();

  // Reloaded from the server: every setting is there.
  await page.reload();
  await open(page, "原動機付自転車");
  await expect(editor.getByLabel("最少件数")).toHaveValue("0");
  await expect(editor.getByLabel("最多件数")).toHaveValue("3");
  await expect(editor.getByLabel("1件の呼び方")).toHaveValue("原付");
  await open(page, "排気量（cc）");
  await expect(editor.getByLabel("最小値")).toHaveValue("1");
  await expect(editor.getByLabel("最大値")).toHaveValue("125");
  await open(page, "原付の所有者");
  await expect(editor.getByLabel("答え方")).toHaveValue("members");
  await expect(editor.getByRole("radio", { name: "条件を満たすときだけ必須" })).toBeChecked();
  await expect(editor.getByRole("region", { name: "必須にする条件" })).toContainText("転入");
  await editor.getByRole("radio", { name: "任意" }).check();
  await expect(editor.getByRole("heading", { name: "必須にする条件" })).toBeHidden();

  // Put the demo flow back as it was.
  for (const label of ["原付の所有者", "排気量（cc）", "原動機付自転車"]) {
    await open(page, label);
    await editor.getByRole("button", { name: "この質問を削除" }).click();
  }
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText(/保存済み/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: /^原動機付自転車/ })).toHaveCount(0);
});

async function addQuestion(
  page: Page,
  q: { kind: string; label: string; key: string; into?: string; pick?: string },
): Promise<void> {
  await page.getByRole("button", { name: "質問を追加" }).click();
  const add = page.getByRole("form", { name: "質問の追加" });
  if (q.into) await add.getByLabel("追加先").selectOption({ label: q.into });
  await add.getByLabel("種類", { exact: true }).selectOption({ label: q.kind });
  if (q.pick) await add.getByLabel("選ぶ対象").selectOption({ label: q.pick });
  await add.getByLabel("ラベル", { exact: true }).fill(q.label);
  await add.getByLabel("キー", { exact: true }).fill(q.key);
  await add.getByRole("button", { name: "追加する" }).click();
  await expect(
    page.getByRole("region", { name: "質問の編集" }).getByLabel("ラベル", { exact: true }),
  ).toHaveValue(q.label);
}

async function open(page: Page, label: string): Promise<void> {
  await page.getByRole("button", { name: new RegExp(`^${label.replace(/[()（）]/g, ".")}`) }).click();
  await expect(
    page.getByRole("region", { name: "質問の編集" }).getByLabel("ラベル", { exact: true }),
  ).toHaveValue(label);
}
