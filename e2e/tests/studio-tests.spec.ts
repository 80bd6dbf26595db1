import { expect, type Page, test } from "@playwright/test";
import { STUDIO_URL } from "../playwright.config";
import { expectNoA11yViolations } from "../support/axe";
import { login } from "../support/login";
import { addProcedureCondition } from "../support/procedure-rule";
import { shot } from "../support/screens";

/**
 * Flow tests and lint in the studio, independent of visit.spec.ts: 住民異動 is only broken in the
 * browser and thrown away by a reload (never saved); the publish test uses 出生 with a unique label.
 */
test.describe.configure({ mode: "serial" });

async function openFlow(page: Page, name: RegExp) {
  page.on("dialog", (d) => d.accept());
  await login(page, STUDIO_URL, "admin");
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("button", { name: "質問を追加" })).toBeVisible();
}

const FAILING = "国外からの転入（国民年金）";

test("テスト tab: all flow tests pass; a broken rule fails one, and 公開 refuses naming it", async ({
  page,
}) => {
  await openFlow(page, /住民異動/);
  await page.getByRole("tab", { name: "テスト" }).click();
  const summary = page.getByRole("status").filter({ hasText: /件中/ });
  await expect(summary).toHaveText(/✓ (\d+)件中\1件 成功$/);
  const results = page.getByRole("list", { name: "テストの結果" }).getByRole("listitem");
  expect(await results.count()).toBeGreaterThanOrEqual(39);
  await expect(page.getByText("✗ 失敗")).toHaveCount(0);
  await shot(page, "studio-tests-passing");

  // P07 国民年金 is for people coming from abroad; also requiring 転居 contradicts every 転入 test.
  await addProcedureCondition(page, /^P07/, {
    field: "どの届出ですか（moveType）",
    value: "転居（東雲市内での引っ越し）",
  });

  await page.getByRole("tab", { name: "テスト" }).click();
  await expect(summary).toHaveText(/件 失敗/);
  const failing = results.filter({ has: page.getByRole("heading", { name: FAILING, exact: true }) });
  await expect(failing.getByText("✗ 失敗")).toBeVisible();
  await expect(failing.getByText("P07 が判定されませんでした")).toBeVisible();
  // Expected vs actual, with the procedures' names.
  await expect(failing.locator("dd").first()).toContainText("P07 国民年金");
  await expect(failing.locator("dd").nth(1)).not.toContainText("P07");
  await page.getByLabel("失敗したテストだけ表示").check();
  await expect(results.getByText("✓ 成功")).toHaveCount(0);
  await shot(page, "studio-tests-failing");

  await page.getByRole("tab", { name: "公開" }).click();
  const publish = page.getByRole("button", { name: "公開する", exact: true });
  await expect(publish).toBeDisabled();
  const reasons = page.locator("#publish-blocked");
  await expect(reasons).toContainText(`フローテスト「${FAILING}」が失敗しています。`);
  await expect(page.getByText(`テスト「${FAILING}」: P07 が判定されませんでした`)).toBeVisible();
  await expect(page.getByText(/を調べています|を読み込んでいます/)).toHaveCount(0);
  await shot(page, "studio-publish-refused");

  // Discard: the edit was never saved, so a reload brings back the passing draft.
  await page.reload();
  await page.getByRole("tab", { name: "テスト" }).click();
  await expect(summary).toHaveText(/✓ (\d+)件中\1件 成功$/);

  // Live lint: deleting a question that rules still use is an error, shown with where to look.
  await page.getByRole("tab", { name: "質問" }).click();
  await page.getByRole("button", { name: /^国外からの転入ですか/ }).click();
  await page.getByRole("button", { name: "この質問を削除" }).click();
  await page.getByRole("tab", { name: "公開" }).click();
  const problems = page.getByText(/^公開を止める問題（\d+件）$/).locator("..");
  await expect(problems).toContainText("回答「fromAbroad」を参照していますが、その質問がありません");
  await expect(problems).toContainText("場所: 手続き P07（国民年金） › 適用条件");
  await expect(page.locator("#publish-blocked")).toContainText("点検で公開を止める問題が");
  await expect(page.getByRole("button", { name: "公開する", exact: true })).toBeDisabled();
  await expect(page.getByText(/を調べています|を読み込んでいます/)).toHaveCount(0);
  await shot(page, "studio-publish-lint");
  await page.reload();
  await expect(page.getByText(/保存済み/)).toBeVisible();
});

test("公開 tab: lint is live, publishing says what will change, and the history keeps it", async ({
  page,
}) => {
  const label = `出生届のお知らせ ${Date.now().toString(36)}`;
  await openFlow(page, /^出生/);

  // A help notice for parents: publishable, and a change a department admin can read back.
  await page.getByRole("button", { name: "質問を追加" }).click();
  const add = page.getByRole("form", { name: "質問の追加" });
  await add.getByLabel("種類", { exact: true }).selectOption({ label: "お知らせ" });
  await add.getByLabel("ラベル", { exact: true }).fill(label);
  await add.getByLabel("キー", { exact: true }).fill(`notice${Date.now().toString(36)}`);
  await add.getByRole("button", { name: "追加する" }).click();

  await page.getByRole("tab", { name: "公開" }).click();
  await expect(page.getByText("✓ 公開を止める問題はありません")).toBeVisible();
  await expect(page.locator("#publish-blocked")).toContainText("保存していない変更があります");
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByText(/保存済み/).first()).toBeVisible();

  const changes = page.getByRole("region", { name: "公開すると変わること" });
  await expect(changes.getByRole("listitem").filter({ hasText: `質問を追加: ${label}` })).toBeVisible();
  await expect(page.getByText(/を調べています|を読み込んでいます/)).toHaveCount(0);
  await shot(page, "studio-publish-changes");
  await page.getByRole("button", { name: "公開する", exact: true }).click();
  const confirm = page.getByRole("dialog", { name: /^v\d+ として公開しますか？$/ });
  await expect(confirm.getByRole("button", { name: "やめる" })).toBeFocused();
  await expectNoA11yViolations(page);
  await shot(page, "studio-publish-confirm");
  await confirm.getByRole("button", { name: "公開を確定する" }).click();
  await expect(confirm).toBeHidden();
  const published = page.getByText(/v(\d+) を公開しました/);
  await expect(published).toBeVisible();
  const seq = Number(/v(\d+)/.exec((await published.textContent()) ?? "")?.[1]);

  const history = page.getByRole("list", { name: "公開した版（新しい順）" });
  const latest = history.locator(":scope > li").first();
  await expect(latest.getByRole("heading", { name: `v${seq}（窓口で使用中）` })).toBeVisible();
  // Without a reload, only the new version is the one in use.
  await expect(history.getByText("（窓口で使用中）")).toHaveCount(1);
  await expect(latest.getByRole("list", { name: `v${seq - 1} からの変更` })).toContainText(
    `質問を追加: ${label}`,
  );
  await expect(changes).toContainText("窓口で使用中の版と同じ内容です");
  await expect(history.locator(":scope > li").last()).toContainText("最初の版です。");
  await shot(page, "studio-publish-history");
});
