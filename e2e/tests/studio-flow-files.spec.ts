import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { STUDIO_URL } from "../playwright.config";
import { expectNoA11yViolations } from "../support/axe";
import { login } from "../support/login";
import { shot } from "../support/screens";

/**
 * A flow made from scratch in the browser, written out as the bundle file the CLI runs, and read
 * back in as a new flow; a file that is not a bundle is refused in Japanese and adds nothing.
 */
const ROOT = join(import.meta.dirname, "..", "..");
const OUT = join(import.meta.dirname, "..", ".out");

test("studio: new flow → export as JSON (the CLI runs it) → import", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await login(page, STUDIO_URL, "admin");
  await expect(page.getByRole("heading", { name: "フロー一覧" })).toBeVisible();
  // One numbering only: whether the draft differs from what the counter uses, and that version.
  const okuyami = page.getByRole("row").filter({ hasText: "キー: okuyami" });
  await expect(okuyami).toContainText("公開中の版と同じ");
  // Whichever version earlier specs published (studio-approval publishes おくやみ again).
  await expect(okuyami).toContainText(/公開中 v\d+/);
  await expect(okuyami).not.toContainText(/第\d+版|最新公開/);
  await shot(page, "studio-flow-list");
  await expectNoA11yViolations(page);

  await page.getByRole("button", { name: "新しいフローを作る" }).click();
  const form = page.getByRole("form", { name: "新しいフロー" });
  await form.getByRole("button", { name: "作成して編集する" }).click();
  await expect(form.getByText("フロー名を入力してください。")).toBeVisible();
  await form.getByLabel("フロー名").fill("原動機付自転車の登録");
  await form.getByLabel("種類").selectOption({ label: "住民異動" });
  await form.getByLabel("担当課").selectOption({ label: "資産税課" });
  await shot(page, "studio-new-flow");
  await expectNoA11yViolations(page);
  await form.getByRole("button", { name: "作成して編集する" }).click();

  // The editor opens on the new flow.
  await expect(page).toHaveURL(/\/flows\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "原動機付自転車の登録" })).toBeVisible();
  await expect(page.getByText("住民異動のフロー（キー: jumin-idou-2）")).toBeVisible();
  await page.getByRole("link", { name: "← フロー一覧" }).click();
  const created = page.getByRole("row").filter({ hasText: "原動機付自転車の登録" });
  await expect(created).toContainText("まだ公開していません");
  await expect(created).toContainText("未公開");

  // Export: the downloaded file is the bundle `kakanai test` runs.
  const row = page.getByRole("row").filter({ hasText: "原動機付自転車の登録" });
  const download = page.waitForEvent("download");
  await row.getByRole("button", { name: "「原動機付自転車の登録」をJSONに書き出す" }).click();
  const file = join(OUT, "jumin-idou-2.json");
  await (await download).saveAs(file);
  const bundle = JSON.parse(readFileSync(file, "utf8")) as { schemaVersion: number; flow: { title: string } };
  expect(bundle.schemaVersion).toBe(1);
  expect(bundle.flow.title).toBe("原動機付自転車の登録");
  const cli = execFileSync(
    "node",
    [join(ROOT, "packages/engine/bin/kakanai.mjs"), "test", "--bundle", file],
    {
      encoding: "utf8",
    },
  );
  expect(cli).toContain("フローテスト: 0/0 件成功");

  // The file, edited, read back into the same flow's draft (its key stays; the save is the editor's
  // compare-and-set, so a draft saved since the list was read would be refused).
  const edited = join(OUT, "jumin-idou-2-edited.json");
  writeFileSync(edited, JSON.stringify({ ...bundle, flow: { ...bundle.flow, title: "原付の登録（改訂）" } }));
  page.once("dialog", (d) => void d.accept());
  await row.getByLabel("「原動機付自転車の登録」の下書きに読み込むJSONファイル").setInputFiles(edited);
  await expect(page.getByText(/「原動機付自転車の登録」の下書きをファイルの内容にしました/)).toBeVisible();
  const revised = page.getByRole("row").filter({ hasText: "原付の登録（改訂）" });
  await expect(revised).toContainText("キー: jumin-idou-2");
  await shot(page, "studio-import-into-draft");
  await expectNoA11yViolations(page);

  // A wrong file is refused and adds no flow.
  const rows = await page.getByRole("row").count();
  await page.getByRole("button", { name: "JSONファイルから読み込む" }).click();
  const importer = page.getByRole("region", { name: "JSONファイルからフローを読み込む" });
  const badFile = join(OUT, "not-a-bundle.json");
  writeFileSync(badFile, JSON.stringify({ schemaVersion: 99, flow: { title: "x" } }));
  await importer.getByLabel("読み込むJSONファイル").setInputFiles(badFile);
  const refusal = importer.getByRole("alert").filter({ hasText: "このファイルは読み込めません" });
  await expect(refusal).toContainText("schemaVersion: 99");
  await expect(refusal).toContainText("フローは何も変わっていません。");
  await shot(page, "studio-import-refused");
  await expectNoA11yViolations(page);
  await expect(page.getByRole("row")).toHaveCount(rows);

  // The exported file comes back as a new flow with a free key.
  await importer.getByLabel("担当課").selectOption({ label: "資産税課" });
  await importer.getByLabel("読み込むJSONファイル").setInputFiles(file);
  const done = importer
    .getByRole("status")
    .filter({ hasText: "「原動機付自転車の登録」を読み込みました（キー: jumin-idou-3）" });
  await expect(done).toBeVisible();
  await expect(page.getByRole("row")).toHaveCount(rows + 1);
  await shot(page, "studio-import-done");
  await expectNoA11yViolations(page);
  await done.getByRole("link", { name: "「原動機付自転車の登録」を開く" }).click();
  await expect(page.getByText("住民異動のフロー（キー: jumin-idou-3）")).toBeVisible();
});
