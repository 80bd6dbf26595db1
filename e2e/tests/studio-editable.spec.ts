import { expect, type Locator, type Page, test } from "@playwright/test";
import { STUDIO_URL } from "../playwright.config";
import { expectNoA11yViolations } from "../support/axe";
import { login } from "../support/login";
import { runInfo } from "../support/run-info";
import { shot } from "../support/screens";

/**
 * Nothing of the demo city is 表示のみ to the department that owns it (issue 9, "Done when"): a
 * 市民課 admin with no other role (created here in the 職員・部署 screen, as a system admin would)
 * opens every question, procedure, form and form field of the four demo flows, which 市民課 owns, and
 * finds every control in each editor enabled and writable. Opening them changes nothing in the draft.
 */
const FLOWS = [/^住民異動/, /^出生/, /^おくやみ/, /^証明書/];
const screen = { width: 1366, height: 768 };
// Its own ID: studio-approval, earlier in the run, creates `shimin-editor`.
const DEPT_ADMIN = `${runInfo().loginPrefix}shimin-owner`;
const PASSWORD = "shimin-editor-pass";

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage({ viewport: screen, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
  await login(page, STUDIO_URL, "admin");
  await expect(page.getByRole("heading", { name: "フロー一覧" })).toBeVisible();
  await page
    .getByRole("navigation", { name: "スタジオのメニュー" })
    .getByRole("link", { name: "職員・部署" })
    .click();
  const form = page.getByRole("form", { name: "職員を追加" });
  await form.getByLabel("氏名").fill("市民 編集者");
  await form.getByLabel("ログインID").fill(DEPT_ADMIN);
  await form.getByRole("combobox", { name: "所属課" }).selectOption({ label: "市民課" });
  await form.getByRole("checkbox", { name: "所属課の管理者（フローの編集）" }).check();
  await form.getByLabel("初期パスワード").fill(PASSWORD);
  await form.getByRole("button", { name: "職員を追加する" }).click();
  await expect(
    page.getByRole("row", { name: new RegExp(`市民 編集者 ${DEPT_ADMIN} 市民課 所属課の管理者 有効`) }),
  ).toBeVisible();
  await page.close();
});

/** The password now: the admin's initial one, until the first login replaces it with the person's own. */
let password = PASSWORD;

async function loginAsDeptAdmin(page: Page) {
  await page.setViewportSize(screen);
  await page.goto(`${STUDIO_URL}/login`);
  await page.getByLabel("ログインID").fill(DEPT_ADMIN);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "ログイン" }).click();
  const list = page.getByRole("heading", { name: "フロー一覧" });
  const change = page.getByRole("form", { name: "パスワードの変更" });
  await expect(list.or(change).first()).toBeVisible();
  if (await change.isVisible()) {
    const own = "市民課の様式はすべて自分たちで直せる";
    await change.getByLabel("管理者から受け取ったパスワード").fill(password);
    await change.getByLabel("新しいパスワード", { exact: true }).fill(own);
    await change.getByLabel("新しいパスワード（確認）").fill(own);
    await change.getByRole("button", { name: "パスワードを変更する" }).click();
    password = own;
  }
  await expect(list).toBeVisible();
}

/** Every flow in turn, from the list; `visit` runs in the open flow's editor. */
async function eachFlow(page: Page, visit: (flow: RegExp) => Promise<void>) {
  // A screen that crashes (出生's 様式 tab did, on a draft without computed values) fails here by name.
  const crashes: string[] = [];
  page.on("pageerror", (e) => crashes.push(e.message));
  await loginAsDeptAdmin(page);
  for (const flow of FLOWS) {
    await page.goto(`${STUDIO_URL}/`);
    await page.getByRole("link", { name: flow }).click();
    await expect(page.getByRole("button", { name: "質問を追加" })).toBeVisible();
    await visit(flow);
    // Opening every editor changes nothing in the draft.
    await expect(page.getByText("保存していない変更があります")).toHaveCount(0);
    expect(crashes, flow.source).toEqual([]);
  }
}

/** No control of `editor` is disabled, read-only or locked, and nothing says 表示のみ. */
async function expectEditable(editor: Locator, where: string): Promise<void> {
  const locked = await editor
    .locator("input, select, textarea, [contenteditable]")
    .evaluateAll((els) =>
      els
        .filter(
          (el) =>
            (el as HTMLInputElement).disabled ||
            (el as HTMLInputElement).readOnly ||
            el.getAttribute("aria-disabled") === "true" ||
            el.getAttribute("aria-readonly") === "true" ||
            el.getAttribute("contenteditable") === "false",
        )
        .map((el) => el.getAttribute("aria-label") ?? el.id ?? el.tagName),
    );
  expect(locked, `locked controls in ${where}`).toEqual([]);
  await expect(editor, where).not.toContainText(/表示のみ|編集できません/);
}

test("every question of the four demo flows opens with every control editable", async ({ page }) => {
  test.setTimeout(300_000);
  let opened = 0;
  await eachFlow(page, async (flow) => {
    const list = page.getByRole("list", { name: "質問の並び（上から順に聞きます）" });
    const rows = list.getByRole("button", { name: /^(?!並べ替え)/ });
    const count = await rows.count();
    expect(count).toBeGreaterThan(3);
    const editor = page.getByRole("region", { name: "質問の編集" });
    for (let i = 0; i < count; i++) {
      await rows.nth(i).click();
      await expect(editor.getByLabel("ラベル", { exact: true })).toBeEditable();
      await expectEditable(editor, `${flow.source} question #${i + 1}`);
      opened++;
    }
  });
  // The four demo flows hold 92 questions, members' included: all were opened.
  expect(opened).toBeGreaterThanOrEqual(92);
});

test("every procedure of the four demo flows is editable by its owner, in the visual builder", async ({
  page,
}) => {
  test.setTimeout(300_000);
  let opened = 0;
  await eachFlow(page, async (flow) => {
    await page.getByRole("tab", { name: "手続き" }).click();
    const buttons = page.getByRole("list", { name: "手続きの一覧" }).getByRole("button", { name: /^[A-Z]/ });
    const count = await buttons.count();
    expect(count).toBeGreaterThan(0);
    for (let n = 0; n < count; n++) {
      const button = buttons.nth(n);
      const name = (await button.textContent()) ?? "";
      await button.click();
      const detail = page.getByRole("region", { name: /^手続き / });
      await expect(detail.getByLabel("手続きの名前")).toBeEditable();
      expect(await detail.locator("input, select, textarea").count(), name).toBeGreaterThan(3);
      await expectEditable(detail, `${flow.source} ${name}`);
      // Every condition of the demo city opens in the visual builder (JSON Logic is for the rest).
      await expect(
        detail.getByRole("region", { name: "適用条件" }).getByRole("button", { name: "＋ 条件を追加" }),
      ).toBeVisible();
      expect(await detail.getByLabel("条件の定義（JSON Logic）").count(), name).toBe(0);
      opened++;
      if (/^(P06|P15|O07)/.test(name)) {
        await expectNoA11yViolations(page);
        await shot(page, `studio-procedure-${name.slice(0, 3)}`);
      }
    }
  });
  expect(opened).toBeGreaterThanOrEqual(35);
});

test("every form and every form field of the four demo flows is editable by its owner", async ({ page }) => {
  test.setTimeout(600_000);
  let forms = 0;
  let fields = 0;
  await eachFlow(page, async (flow) => {
    await page.getByRole("tab", { name: "様式" }).click();
    await expect(page.getByRole("heading", { name: /^申請書の様式（\d+件）$/ })).toBeVisible();
    const formButtons = page.getByRole("list", { name: "様式の一覧" }).getByRole("button");
    const formCount = await formButtons.count();
    expect(formCount, flow.source).toBeGreaterThan(0);
    for (let f = 0; f < formCount; f++) {
      await formButtons.nth(f).click();
      const editor = page.getByRole("region", { name: /^様式 .+ の編集$/ });
      const where = `${flow.source} ${(await editor.getByRole("heading", { level: 2 }).textContent()) ?? f}`;
      await expect(editor.getByLabel("様式の名前")).toBeEditable();
      await expect(editor.getByLabel("担当課")).toBeEnabled();
      await expect(
        editor.getByRole("button", { name: "用紙の上で位置を合わせる（デザイナーを開く）" }),
      ).toBeEnabled();
      await expectEditable(editor, where);
      forms++;
      // Hundreds of fields: each is opened and checked inside the page, one after the other, as a click
      // would (a Playwright round trip per field took minutes).
      await editor.getByRole("list", { name: "様式の項目" }).getByRole("button").first().click();
      await expect(
        editor.getByRole("region", { name: /^項目「.*」の設定$/ }).getByLabel("項目の名前"),
      ).toBeEditable();
      const report = await editor.evaluate(openEveryField);
      expect(report.locked, `locked field controls in ${where}`).toEqual([]);
      expect(report.opened, where).toBe(report.total);
      fields += report.opened;
      if (/^\^(住民異動 F21|証明書 F04) /.test(where)) {
        await expectNoA11yViolations(page);
        await shot(page, `studio-form-editable-${where.includes("F21") ? "F21" : "F04"}`);
      }
    }
  });
  // Every demo form (some printed by several flows) and all their fields were opened.
  expect(forms).toBeGreaterThanOrEqual(44);
  expect(fields).toBeGreaterThanOrEqual(2500);
});

/**
 * In the page: clicks each field of the open form's list, waits for its settings to show, and lists
 * every control there that is disabled or read-only (and any 表示のみ). Runs in the browser.
 */
async function openEveryField(root: Element): Promise<{ total: number; opened: number; locked: string[] }> {
  const buttons = [
    ...root.querySelectorAll('ul[aria-label="様式の項目"] > li > button'),
  ] as HTMLButtonElement[];
  const locked: string[] = [];
  let opened = 0;
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
  for (const [i, button] of buttons.entries()) {
    button.click();
    let settings: Element | null = null;
    for (let tries = 0; tries < 200 && !settings; tries++) {
      await frame();
      const open = button.getAttribute("aria-current") === "true";
      settings = open ? root.querySelector('section[aria-label^="項目「"]') : null;
    }
    if (!settings) {
      locked.push(`field #${i + 1}: its settings did not open`);
      continue;
    }
    opened++;
    for (const el of settings.querySelectorAll("input, select, textarea, [contenteditable]")) {
      const c = el as HTMLInputElement;
      if (c.disabled || c.readOnly || el.getAttribute("aria-disabled") === "true")
        locked.push(`field #${i + 1}: ${el.getAttribute("aria-label") ?? el.id ?? el.tagName}`);
    }
    if (/表示のみ|編集できません/.test(settings.textContent ?? "")) locked.push(`field #${i + 1}: 表示のみ`);
  }
  return { total: buttons.length, opened, locked };
}
