import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { COUNTER_URL, STUDIO_URL } from "../playwright.config";
import { expectNoA11yViolations } from "../support/axe";
import { login } from "../support/login";
import { shot } from "../support/screens";

/** Today in Japan, as the API's period takes it. */
const today = () => new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);

/**
 * 基幹系連携: the system admin issues a token in the studio; the core system reads with it (as it
 * would, over HTTP with the bearer token); the admin exports the same records as a file, revokes the
 * token, and the reads are on the audit trail.
 */
test("the system admin issues a hand-off token, the core system reads with it, and revoking stops it", async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await login(page, STUDIO_URL, "admin");
  await expect(page.getByRole("heading", { name: "フロー一覧" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "スタジオのメニュー" });
  await nav.getByRole("link", { name: "職員・部署" }).click();

  const create = page.getByRole("form", { name: "連携用トークンの作成" });
  await create.getByRole("button", { name: "トークンを作成する" }).click();
  await expect(page.getByText("連携先の名前を入力してください。")).toBeVisible();
  await create.getByLabel("連携先の名前").fill("住民記録システム");
  await create.getByRole("button", { name: "トークンを作成する" }).click();
  const token = (await page.getByTestId("integration-token").textContent()) ?? "";
  expect(token).toMatch(/^kk_/);
  await expect(page.getByRole("row", { name: /住民記録システム .* 有効/ })).toBeVisible();
  await expectNoA11yViolations(page);
  await shot(page, "studio-handoff");

  const url = `${COUNTER_URL}/api/handoff?from=${today()}&to=${today()}`;
  expect((await request.get(url)).status()).toBe(401);
  const read = await request.get(url, { headers: { authorization: `Bearer ${token}` } });
  expect(read.status()).toBe(200);
  const body = await read.json();
  expect(body).toMatchObject({ recordVersion: "1", fromDay: today(), truncated: false });
  expect(Array.isArray(body.receptions)).toBe(true);

  const file = page.getByRole("form", { name: "連携ファイルの書き出し" });
  const download = page.waitForEvent("download");
  await file.getByRole("button", { name: "JSONで書き出す" }).click();
  const saved = JSON.parse(readFileSync(await (await download).path(), "utf8"));
  expect(saved).toMatchObject({ recordVersion: "1", receptions: body.receptions });
  await expect(page.getByText(`${body.receptions.length}件の受付を書き出しました。`)).toBeVisible();

  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "住民記録システムのトークンを無効にする" }).click();
  await expect(page.getByRole("row", { name: /住民記録システム .* 無効/ })).toBeVisible();
  expect((await request.get(url, { headers: { authorization: `Bearer ${token}` } })).status()).toBe(401);

  await nav.getByRole("link", { name: "監査ログ" }).click();
  const filter = page.getByRole("form", { name: "監査ログの絞り込み" });
  await filter.getByLabel("操作").selectOption({ label: "基幹系連携（API）" });
  await filter.getByRole("button", { name: "絞り込む" }).click();
  const rows = page.getByRole("table", { name: "監査ログ（新しい順）" }).getByRole("row");
  await expect(rows.filter({ hasText: "連携先: 住民記録システム" }).first()).toBeVisible();
});
