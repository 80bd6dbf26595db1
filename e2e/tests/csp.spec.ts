import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { COUNTER_URL, PORTAL_URL, STUDIO_URL } from "../playwright.config";
import { answerFor, fillAnswer } from "../support/interview-answers";
import { login } from "../support/login";
import { shot } from "../support/screens";

/**
 * Script CSP in the three apps (issue 10; the residents' portal faces the internet): every page carries a per-request script nonce and no
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
    expect(first.headers()["x-frame-options"]).toBe("DENY");
    // The counter's next.config.ts headers (api's securityHeaders): the camera for its own QR reader only.
    if (app === "counter")
      expect(first.headers()["permissions-policy"]).toBe("camera=(self), microphone=(), geolocation=()");

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

/** A page's script CSP: a nonce and 'strict-dynamic', never 'unsafe-inline' or 'unsafe-eval'. */
function expectNonceCsp(csp: string) {
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
}

test("portal: the flow list and a pre-application on a phone carry a nonce CSP and the security headers, with no refusal while a resident answers", async ({
  browser,
}) => {
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await phone.newPage();
  const violations = watchViolations(page);
  const list = await page.goto(PORTAL_URL);
  const headers = list?.headers() ?? {};
  expectNonceCsp(headers["content-security-policy"] ?? "");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  // The portal asks for no camera, microphone or location.
  expect(headers["permissions-policy"]).toMatch(/(^|, )camera=\(\)/);
  expect(headers["permissions-policy"]).toContain("geolocation=()");
  const nonce = headers["content-security-policy"]?.match(/'nonce-([^']+)'/)?.[1];
  expect(await list?.text()).toContain(`nonce="${nonce}"`);

  // A pre-application screen, opened directly (as from a link the city publishes).
  const link = page.getByRole("link", { name: /^住民異動/ });
  const href = (await link.getAttribute("href")) ?? "";
  const apply = await page.goto(`${PORTAL_URL}${href}`);
  const applyCsp = apply?.headers()["content-security-policy"] ?? "";
  expectNonceCsp(applyCsp);
  expect(applyCsp).not.toContain(`'nonce-${nonce}'`);
  expect(apply?.headers()["x-frame-options"]).toBe("DENY");

  // The resident answers (React runs under the CSP): a few questions, each without a refusal.
  const step = page.getByRole("form", { name: "質問への回答" });
  const paths: string[] = [];
  for (let i = 0; i < 5; i++) {
    await expect(step).toBeVisible();
    const path = (await step.getAttribute("data-path")) ?? "";
    paths.push(path);
    await fillAnswer(step, answerFor(path, (await step.getAttribute("data-kind")) ?? ""));
    await step.getByRole("button", { name: "次へ" }).click();
    await expect(step).not.toHaveAttribute("data-path", path);
  }
  expect(new Set(paths).size).toBe(5);
  await page.waitForLoadState("networkidle");
  await shot(page, "portal-csp-phone-answering");
  expect(violations).toEqual([]);
  // A link cut short: the resident reads what to do, in Japanese (not the input schema's issues).
  await page.goto(`${PORTAL_URL}/apply/${href.split("/").pop()?.slice(0, 8)}`);
  await expect(
    page.getByText("この手続きは事前申請を受け付けていません。一覧から選び直してください。"),
  ).toBeVisible();
  await shot(page, "portal-csp-phone-mangled-link");
  expect(violations).toEqual([]);

  // An inline script injected into the portal's page does not run; the control without the header does.
  const open = await browser.newContext();
  await injectInlineScript(open, `${PORTAL_URL}/`, false);
  const openPage = await open.newPage();
  await openPage.goto(`${PORTAL_URL}/`);
  expect(await openPage.evaluate(() => (window as { __injected?: number }).__injected)).toBe(1);
  const guarded = await browser.newContext();
  await injectInlineScript(guarded, `${PORTAL_URL}/`, true);
  const guardedPage = await guarded.newPage();
  const refused = watchViolations(guardedPage);
  await guardedPage.goto(`${PORTAL_URL}/`);
  await expect.poll(() => refused.length).toBeGreaterThan(0);
  expect(await guardedPage.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
  await expect(guardedPage.getByRole("link", { name: /^住民異動/ })).toBeVisible();
  await phone.close();
});
