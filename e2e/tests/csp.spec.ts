import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { COUNTER_URL, STUDIO_URL } from "../playwright.config";
import { login } from "../support/login";

/**
 * Script CSP in both apps (issue 10): every page carries a per-request script nonce and no
 * 'unsafe-inline' or 'unsafe-eval', so an inline script injected into a page (a stored XSS) does not
 * run — while the apps themselves, the pdfme Designer and the tiptap help editor included, still work.
 */

/** CSP refusals the page reports (securitypolicyviolation events and console "Refused to …" errors). */
function watchViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Refused to/.test(m.text())) seen.push(m.text());
  });
  return seen;
}

/** The page's HTML as served, with an inline script (no nonce) inserted as a stored XSS would be. */
async function injectInlineScript(context: BrowserContext, url: string, keepCsp: boolean) {
  await context.route(url, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    if (!keepCsp) delete headers["content-security-policy"];
    const body = (await response.text()).replace("<body", "<script>window.__injected = 1;</script><body");
    await route.fulfill({ response, headers, body });
  });
}

for (const [app, base] of [
  ["studio", STUDIO_URL],
  ["counter", COUNTER_URL],
] as const) {
  test(`${app}: pages carry a nonce script CSP without eval, and an injected inline script does not run`, async ({
    browser,
  }) => {
    const first = await (await browser.newContext()).request.get(`${base}/login`);
    const csp = first.headers()["content-security-policy"] ?? "";
    const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    // The counter may compile WebAssembly (its camera QR reader), which is no JavaScript eval.
    const wasm = app === "counter" ? " 'wasm-unsafe-eval'" : "";
    expect(csp).toMatch(new RegExp(`script-src 'self' 'nonce-[^']+' 'strict-dynamic'${wasm}(;|$)`));
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    // A fresh nonce per request, and Next's own scripts carry it.
    const second = await (await browser.newContext()).request.get(`${base}/login`);
    expect(second.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);
    expect(await first.text()).toContain(`nonce="${nonce}"`);

    // Control: the same injection without the header runs (the test can fail).
    const open = await browser.newContext();
    await injectInlineScript(open, `${base}/login`, false);
    const openPage = await open.newPage();
    await openPage.goto(`${base}/login`);
    expect(await openPage.evaluate(() => (window as { __injected?: number }).__injected)).toBe(1);

    const guarded = await browser.newContext();
    await injectInlineScript(guarded, `${base}/login`, true);
    const page = await guarded.newPage();
    const violations = watchViolations(page);
    await page.goto(`${base}/login`);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
    // The app's own scripts still run: the login form works.
    await login(page, base, app === "studio" ? "admin" : "counter");
    await expect(page.getByRole("button", { name: "ログアウト" })).toBeVisible();
  });
}

test("studio under the CSP: the pdfme Designer and the tiptap help editor work without a violation", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const violations = watchViolations(page);
  await login(page, STUDIO_URL, "admin");
  await expect(page.getByRole("heading", { name: "フロー一覧" })).toBeVisible();
  await page.getByRole("link", { name: /^住民異動/ }).click();

  // tiptap: a question's help text is a rich-text editor.
  await expect(page.getByRole("button", { name: "質問を追加" })).toBeVisible();
  const list = page.getByRole("list", { name: "質問の並び（上から順に聞きます）" });
  await list
    .getByRole("button", { name: /^(?!並べ替え)/ })
    .first()
    .click();
  const editor = page.getByRole("region", { name: "質問の編集" });
  await expect(editor.locator("[contenteditable=true]").first()).toBeVisible();

  // pdfme: the Designer renders a base PDF (pdf.js in a worker) and its fields.
  await page.getByRole("tab", { name: "様式" }).click();
  await page
    .getByRole("button", { name: /デザイナーを開く/ })
    .first()
    .click();
  const designer = page.getByRole("region", { name: /デザイナー/ });
  await expect(designer.getByRole("button", { name: "位置を反映して閉じる" })).toBeVisible({
    timeout: 60_000,
  });
  await expect(designer.locator("canvas, img").first()).toBeVisible({ timeout: 60_000 });
  // Not a fixed pause: wait until the page image is actually drawn (pdf.js ran in its blob: worker)
  // and nothing more is loading, so any refusal the CSP would raise has been raised.
  await expect
    .poll(() =>
      designer
        .locator("canvas, img")
        .first()
        .evaluate((el) =>
          el instanceof HTMLCanvasElement
            ? el.width > 0
            : (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0,
        ),
    )
    .toBe(true);
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});
