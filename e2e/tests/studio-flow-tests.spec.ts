import { formatWareki, japanToday } from "@kakanai/engine";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { STUDIO_URL } from "../playwright.config";
import { expectNoA11yViolations } from "../support/axe";
import { login } from "../support/login";
import { addProcedureCondition } from "../support/procedure-rule";
import { shot } from "../support/screens";
import { walkInterview } from "../support/walk-interview";

/**
 * Flow tests without JSON (issue 9, item 4), on 証明書 (no other spec changes its draft): record a
 * test by answering the preview, edit one of its answers in the form, then a deliberate change to
 * S01 makes a demo test fail; accepting the actual result (after seeing what changes) unblocks
 * publishing, and the publish diff lists the test changes.
 */
test.use({ viewport: { width: 1366, height: 768 } });

const RECORDED = `代理人・一部の方・マイナンバー・2通（記録 ${Date.now().toString(36)}）`;
const DEMO = "代理人・一部の方・マイナンバーと住民票コード（郵送）";

/** Answers the preview's current question: `fill` gets the control, then 次へ. */
async function answer(preview: Locator, label: RegExp, fill: (q: Locator) => Promise<void>) {
  const question = preview.getByRole("form", { name: "プレビューの質問" });
  await expect(question.getByText(label).first()).toBeVisible();
  await fill(question);
  await question.getByRole("button", { name: /^(次へ|確認して次へ|この回答にする)$/ }).click();
}

const text = (name: RegExp, value: string) => async (q: Locator) =>
  q.getByRole("textbox", { name }).fill(value);
const radio = (name: string) => async (q: Locator) => q.getByRole("radio", { name, exact: true }).check();

async function openTestsTab(page: Page, flow = /証明書/) {
  page.on("dialog", (d) => d.accept());
  await login(page, STUDIO_URL, "admin");
  await page.getByRole("link", { name: flow }).click();
  await expect(page.getByRole("button", { name: "質問を追加" })).toBeVisible();
  await page.getByRole("tab", { name: "テスト" }).click();
}

test("record a flow test from the preview, edit its answers, accept the actual result after a change", async ({
  page,
}) => {
  await openTestsTab(page);
  const summary = page.getByRole("status").filter({ hasText: /件中/ });
  await expect(summary).toHaveText("✓ 7件中7件 成功");

  // (a) Record: the counter's questions, asked by the engine on the draft.
  await page.getByRole("button", { name: "回答してテストを記録" }).click();
  const preview = page.getByRole("region", { name: "回答してテストを記録" });
  // 請求日 starts with today and says so, as at the counter.
  await expect(preview.getByRole("textbox", { name: /^請求日/ })).toHaveValue(formatWareki(japanToday()));
  await expect(preview.getByText("今日の日付を入れています。違う日なら書き換えてください。")).toBeVisible();
  await expectNoA11yViolations(page);
  await shot(page, "studio-flow-tests-preview-first");

  await answer(preview, /^請求日/, text(/^請求日/, "R7.4.1"));
  await answer(preview, /窓口に来た方は/, radio("代理人（委任状をお持ちの方）"));
  await answer(preview, /窓口に来た方の氏名/, text(/^窓口に来た方の氏名/, "東雲 次郎"));
  await answer(preview, /住民票が必要な方の氏名/, text(/^住民票が必要な方の氏名/, "東雲 花子"));
  await answer(preview, /フリガナ/, text(/^住民票が必要な方のフリガナ/, "しののめ はなこ"));
  await answer(preview, /生年月日/, text(/^住民票が必要な方の生年月日/, "S60.5.5"));
  await answer(preview, /住民票が必要な方の住所/, async (q) => {
    await q.getByRole("textbox", { name: /^郵便番号/ }).fill("1350061");
    await expect(q.getByRole("textbox", { name: /^市区町村/ })).toHaveValue("東雲市");
    await q.getByRole("textbox", { name: /^番地・号/ }).fill("1-1");
  });
  await answer(preview, /どなたの分が必要ですか/, radio("世帯の一部の方"));
  await answer(preview, /載せる方の氏名/, text(/^載せる方の氏名/, "東雲 花子"));
  // The answers so far are listed beside the question, as a person reads them.
  const given = preview.getByRole("list", { name: "回答した内容" });
  await expect(given).toContainText("シノノメ　ハナコ");
  await expect(given).toContainText("代理人（委任状をお持ちの方）");
  await shot(page, "studio-flow-tests-preview-question");
  await answer(preview, /記載する項目/, async (q) =>
    q.getByRole("checkbox", { name: "マイナンバー（個人番号）" }).check(),
  );
  await answer(preview, /何通必要ですか/, text(/^何通必要ですか/, "2"));
  await answer(preview, /ご本人の住所へ郵送します/, async () => {});

  const decided = preview.getByRole("list", { name: "判定結果" });
  await expect(decided).toContainText("S01 住民票の写しの交付");
  await expect(decided).toContainText("S02 マイナンバー・住民票コード入りの写しの郵送");
  await expect(decided).toContainText("F04");
  await preview.getByRole("textbox", { name: /^テスト名/ }).fill(RECORDED);
  await expectNoA11yViolations(page);
  await shot(page, "studio-flow-tests-preview-result");
  await preview.getByRole("button", { name: "この判定結果を期待値にしてテストを保存" }).click();

  await expect(page.getByText(`「${RECORDED}」を記録しました。`)).toBeVisible();
  await expect(summary).toHaveText("✓ 8件中8件 成功");
  const results = page.getByRole("list", { name: "テストの結果" }).getByRole("listitem");
  const recorded = results.filter({ has: page.getByRole("heading", { name: RECORDED, exact: true }) });
  await expect(recorded.locator("dd").first()).toHaveText(
    "S01 住民票の写しの交付、S02 マイナンバー・住民票コード入りの写しの郵送",
  );
  await expect(recorded).toContainText("F04 1件");

  // (b) Edit an answer in the form: 2通 → 3通; the result stays what the test expects.
  await recorded.getByRole("button", { name: /^回答を編集/ }).click();
  const editor = page.getByRole("region", { name: `「${RECORDED}」の回答を編集` });
  await editor.getByRole("button", { name: /^変更\s*（何通必要ですか）$/ }).click();
  await answer(editor, /何通必要ですか/, text(/^何通必要ですか/, "3"));
  await expect(editor.getByText("この回答で実行すると: 期待値と同じ結果です")).toBeVisible();
  await expect(editor.getByRole("list", { name: "回答した内容" })).toContainText("3");
  await expectNoA11yViolations(page);
  await shot(page, "studio-flow-tests-edit");
  await editor.getByRole("button", { name: "回答を保存" }).click();
  await expect(page.getByText(`「${RECORDED}」の回答を変更しました。`)).toBeVisible();
  await recorded.getByText("回答（JSON）を見る").click();
  await expect(recorded.locator("pre")).toContainText('"copies": 3');

  // (c) A deliberate change: 住民票の写し only for 世帯全員. The demo test for 一部の方 now fails.
  await addProcedureCondition(page, /^S01/, {
    field: "どなたの分が必要ですか（certificateType）",
    value: "世帯全員",
  });
  await page.getByRole("tab", { name: "テスト" }).click();
  await expect(summary).toHaveText("✗ 8件中6件 成功・2件 失敗");
  await page.getByRole("tab", { name: "公開" }).click();
  await expect(page.locator("#publish-blocked")).toContainText(`フローテスト「${DEMO}」が失敗しています。`);
  await page.getByRole("tab", { name: "テスト" }).click();

  const demo = results.filter({ has: page.getByRole("heading", { name: DEMO, exact: true }) });
  await demo.getByRole("button", { name: /^実際の判定を期待値にする/ }).click();
  const accept = page.getByRole("region", { name: `「${DEMO}」の期待値を実際の判定にする` });
  const change = accept.getByRole("list", { name: "期待値の変更（期待値との違い）" });
  await expect(change.getByRole("listitem")).toHaveText([
    "手続きが外れる: S01 住民票の写しの交付",
    "様式の件数: F04 住民票の写し等交付請求書 1件 → 0件",
  ]);
  await expectNoA11yViolations(page);
  await shot(page, "studio-flow-tests-accept");
  await accept.getByRole("button", { name: "この内容で期待値を更新" }).click();
  await expect(demo.getByText("✓ 成功")).toBeVisible();
  await expect(demo.locator("dd").first()).toHaveText("S02 マイナンバー・住民票コード入りの写しの郵送");

  await recorded.getByRole("button", { name: /^実際の判定を期待値にする/ }).click();
  await page.getByRole("button", { name: "この内容で期待値を更新" }).click();
  await expect(summary).toHaveText("✓ 8件中8件 成功");

  // Saved, publishing is no longer blocked and the diff names the tests that changed.
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page.getByText("下書き 第2版 に保存済み")).toBeVisible();
  await page.getByRole("tab", { name: "公開" }).click();
  const changes = page.getByRole("region", { name: "公開すると変わること" });
  await expect(changes).toContainText("手続き S01（住民票の写しの交付）: 条件を変更");
  await expect(changes).toContainText(
    `フローテスト ${DEMO}: 期待する手続きを変更（S01 を外す）・期待する様式を変更（F04 1件→0件）`,
  );
  await expect(changes).toContainText(`フローテストを追加: ${RECORDED}`);
  await expect(page.getByText(/を調べています|を読み込んでいます/)).toHaveCount(0);
  const publish = page.getByRole("button", { name: "公開する", exact: true });
  await expect(publish).toBeEnabled();
  await expect(page.locator("#publish-blocked")).toHaveCount(0);
  await shot(page, "studio-flow-tests-publish-diff");
  await publish.click();
  // Escape cancels (nothing is published); the second time it is confirmed.
  const confirm = page.getByRole("dialog", { name: /^v\d+ として公開しますか？$/ });
  await page.keyboard.press("Escape");
  await expect(confirm).toBeHidden();
  await expect(page.getByText(/を公開しました/)).toHaveCount(0);
  await publish.click();
  await confirm.getByRole("button", { name: "公開を確定する" }).click();
  await expect(page.getByText(/v(\d+) を公開しました/)).toBeVisible();
});

test("the preview asks as the counter does: who a question is about, earlier answers offered with Alt+1", async ({
  page,
}) => {
  await openTestsTab(page, /住民異動/);
  await page.getByRole("button", { name: "回答してテストを記録" }).click();
  const preview = page.getByRole("region", { name: "回答してテストを記録" });
  const step = preview.getByRole("form", { name: "プレビューの質問" });
  const next = () => step.getByRole("button", { name: /^(次へ|確認して次へ)$/ }).click();
  await walkInterview(step, preview.locator('form[data-path="members.0.name"]'), next);

  await expect(step.getByText("異動する方 1/3 人目")).toBeVisible();
  const offer = step.getByRole("button", { name: /^届出人の氏名と同じ（東雲 太郎）/ });
  await expect(offer).toHaveAttribute("aria-keyshortcuts", "Alt+1");
  await shot(page, "studio-preview-same-as");
  await expectNoA11yViolations(page);
  await step.getByRole("textbox").press("Alt+1");
  await expect(step.getByRole("textbox")).toHaveValue("東雲 太郎");
  await next();
  // Member 1 is the 届出人: the kana he gave as the 届出人 is already in.
  await expect(step).toHaveAttribute("data-path", "members.0.kana");
  await expect(step.getByRole("textbox")).toHaveValue(/^シノノメ[ 　]タロウ$/);
  // …and says so under the kana rule, so nobody takes it for the resident's own entry.
  await expect(step.getByText("全角カタカナで入力（ひらがなは自動でカタカナにします）")).toBeVisible();
  await expect(step.getByText(/と同じ内容を入れています。違う場合は書き換えてください。/)).toBeVisible();
});
