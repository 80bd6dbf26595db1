import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { formatWareki, japanToday } from "@kakanai/engine";
import { poppler } from "@kakanai/pdf/testing";
import { expect, type Locator, test } from "@playwright/test";
import { COUNTER_URL, PORTAL_URL, STUDIO_URL } from "../playwright.config";
import { expectNoA11yViolations } from "../support/axe";
import { answerFor, fillAnswer, household } from "../support/interview-answers";
import { login } from "../support/login";
import { fetchPdf } from "../support/pdf";
import { SHOTS_DIR, shot } from "../support/screens";
import { walkInterview } from "../support/walk-interview";

/**
 * A resident pre-applies for a 住民異動 on a phone (390×844) in the public portal, and brings the QR;
 * the clerk's scanner reads it from a screenshot of the phone (zbarimg, as a scanner would), types
 * it into the counter home's field, the clerk asks only the staff's questions and prints: the
 * 住民異動届 holds what the resident typed.
 */
test.describe.configure({ mode: "serial" });

/** A resident's phone. */
const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: "ja-JP",
  timezoneId: "Asia/Tokyo",
};

let decoded = "";
let shownCode = "";
const residentPaths: string[] = [];

/** Waits until the step on screen is no longer `path` (the next question or the review). */
async function leaves(step: Locator, done: Locator, path: string) {
  await expect
    .poll(async () => {
      if (await done.count()) return "done";
      return step.evaluateAll((forms) => forms[0]?.getAttribute("data-path") ?? "loading");
    })
    .not.toBe(path);
}

test("studio: the question editor marks which questions residents answer (住民の事前入力で聞く)", async ({
  page,
}) => {
  await login(page, STUDIO_URL, "admin");
  await expect(page.getByRole("heading", { name: "フロー一覧" })).toBeVisible();
  await page.getByRole("link", { name: /住民異動/ }).click();
  await expect(page.getByRole("button", { name: "質問を追加" })).toBeVisible();
  await page.getByRole("button", { name: /^異動日/ }).click();
  const resident = page.getByRole("checkbox", { name: "住民の事前入力で聞く" });
  await expect(resident).toBeChecked();
  await shot(page, "studio-question-resident-visible");
  await page.getByRole("button", { name: /^窓口に来た方/ }).click();
  await expect(resident).not.toBeChecked();
  await expect(resident).toBeEnabled();
});

test("portal: a resident answers the resident questions on a phone and gets a code and a QR", async ({
  browser,
}) => {
  const phone = await browser.newContext(PHONE);
  const page = await phone.newPage();
  // The portal serves only its own procedures: the staff api is not there to be reached.
  expect((await page.request.get(`${PORTAL_URL}/api/trpc/auth.me`)).status()).toBe(404);
  await page.goto(PORTAL_URL);
  await expect(page.getByRole("heading", { name: "窓口に来る前に入力する" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^住民異動/ })).toBeVisible();
  await shot(page, "portal-phone-home");
  await expectNoA11yViolations(page);
  await page.getByRole("link", { name: /^住民異動/ }).click();

  const step = page.getByRole("form", { name: "質問への回答" });
  const review = page.getByRole("button", { name: "送信する" });
  const checkedKinds = new Set<string>();
  for (let i = 0; i < 60; i++) {
    await expect(step.or(review).first()).toBeVisible();
    if (await review.isVisible()) break;
    const path = (await step.getAttribute("data-path")) ?? "";
    const kind = (await step.getAttribute("data-kind")) ?? "";
    residentPaths.push(path);
    await fillAnswer(step, answerFor(path, kind));
    // axe and a screenshot once per kind of input (choice, 和暦 date, address, text, kana, count).
    if (!checkedKinds.has(kind)) {
      checkedKinds.add(kind);
      await shot(page, `portal-phone-${kind}`);
      await expectNoA11yViolations(page);
    }
    await step.getByRole("button", { name: "次へ" }).click();
    await leaves(step, review, path);
  }
  // Only the questions residents see: no staff question reached the phone.
  expect(residentPaths).toContain("members.2.birthDate");
  expect(residentPaths).toContain("newAddress");
  for (const staffOnly of [
    "applicant.role",
    "members.0.insurance",
    "members.0.nationality",
    "childAllowanceClaimant",
  ])
    expect(residentPaths).not.toContain(staffOnly);

  await expect(page.getByRole("heading", { name: "入力した内容の確認" })).toBeVisible();
  await expect(page.getByText(household[0]!.name).first()).toBeVisible();
  await shot(page, "portal-phone-review");
  await expectNoA11yViolations(page);
  await review.click();

  await expect(page.getByRole("heading", { name: "事前入力を受け付けました" })).toBeVisible();
  const qr = page.getByRole("img", { name: /事前申請のQRコード/ });
  await expect(qr).toBeVisible();
  shownCode = (await page.getByTestId("pre-application-code").textContent()) ?? "";
  expect(shownCode).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}$/);
  await expectNoA11yViolations(page);
  // What the resident's phone shows, as a picture: the scanner reads the QR from it.
  mkdirSync(SHOTS_DIR, { recursive: true });
  const screenshot = join(SHOTS_DIR, "portal-phone-qr-viewport.png");
  await page.screenshot({ path: screenshot });
  await shot(page, "portal-phone-done");
  decoded = execFileSync("zbarimg", ["--raw", "-q", screenshot], { encoding: "utf8" }).trim();
  // The QR holds the code and nothing else: no name, no address, no date.
  expect(decoded).toBe(shownCode.replaceAll("-", ""));
  await phone.close();
});

test("counter: the clerk scans the resident's QR, asks only the staff questions and prints what the resident typed", async ({
  browser,
}) => {
  expect(decoded).not.toBe("");
  const laptop = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await laptop.newPage();
  await login(page, COUNTER_URL, "counter");
  await expect(page.getByRole("button", { name: /^住民異動.*の受付を始める/ })).toBeVisible();
  const field = page.getByLabel("住民が事前入力した番号（QRコードを読み取るか入力）");
  await shot(page, "counter-home-pre-application");
  await expectNoA11yViolations(page);
  // A USB scanner types the decoded text key by key, with no Enter: a complete code starts at once.
  await field.pressSequentially(decoded, { delay: 15 });
  await page.waitForURL(/\/interview\/[0-9a-f-]{36}$/);

  const step = page.getByRole("form", { name: "質問への回答" });
  const judge = page.getByRole("button", { name: "判定する" });
  await expect(step).toBeVisible();
  // The resident's answers are there: the interview opens at the first staff question.
  await expect(step).toHaveAttribute("data-path", "applicant.role");
  await shot(page, "counter-pre-application-first-staff-question");
  const staffPaths: string[] = [];
  let confirmed = 0;
  for (let i = 0; i < 120; i++) {
    await expect(step.or(judge).first()).toBeVisible();
    if (await judge.isVisible()) break;
    const path = (await step.getAttribute("data-path")) ?? "";
    const kind = (await step.getAttribute("data-kind")) ?? "";
    if (residentPaths.includes(path)) {
      // Never expected: the counter goes from one open (staff) question to the next and leaves the
      // resident's answers for the review. Counted so the assertion below names it.
      const name = /^members\.(\d)\.name$/.exec(path);
      if (name) await expect(step.getByRole("textbox")).toHaveValue(household[Number(name[1])]!.name);
      confirmed += 1;
    } else {
      staffPaths.push(path);
      await fillAnswer(step, answerFor(path, kind));
    }
    await page.keyboard.press("Enter");
    await leaves(step, judge, path);
  }
  // The clerk typed only the staff's answers; the resident's came filled in.
  expect(staffPaths[0]).toBe("applicant.role");
  expect(staffPaths).toContain("members.0.insurance");
  expect(confirmed).toBe(0);
  await test.info().attach("counter-after-pre-application", {
    body: JSON.stringify({ staffQuestions: staffPaths.length, residentAnswersConfirmed: confirmed }),
    contentType: "application/json",
  });
  // The review reads the resident's answers back with the clerk's.
  for (const m of household) await expect(page.getByText(m.name).first()).toBeVisible();
  await shot(page, "counter-pre-application-review");
  await judge.click();
  await expect(page.getByText(/受付番号/).first()).toBeVisible();

  const href = await page.getByRole("link", { name: "住民異動届を印刷（PDF）" }).getAttribute("href");
  const todoke = await fetchPdf(page.request, `${COUNTER_URL}${href}`, "pre-application-todoke");
  const text = poppler.text(todoke).replace(/\s+/g, "");
  for (const m of household) {
    expect(text).toContain(m.name.replace(/\s+/g, ""));
    expect(text).toContain(m.birthWareki);
  }
  // Typed in ひらがな on the phone, printed in カタカナ; the old address as the resident typed it.
  expect(text).toContain("シノノメタロウ");
  expect(text).toContain("高砂三丁目");
  await shot(page, "counter-pre-application-result");

  // The code was used: reading it again is refused, in Japanese.
  await page.goto(COUNTER_URL);
  await page.getByLabel("住民が事前入力した番号（QRコードを読み取るか入力）").fill(shownCode);
  await expect(page.getByText("この事前申請はすでに窓口で読み込まれています。")).toBeVisible();
  await laptop.close();
});

test("portal: the phone asks as the counter does: 「今日」 filled in, earlier answers offered again", async ({
  browser,
}) => {
  const phone = await browser.newContext(PHONE);
  const page = await phone.newPage();
  // The demo asks residents no date marked 「今日」 (証明書's 請求日 is the counter's), so the flow as it
  // reaches the phone gets 異動日 marked so; everything else is the published flow, served as it is.
  await page.route(/\/api\/trpc\/[^?]*portal\.flow/, async (route) => {
    const response = await route.fetch();
    const body = JSON.stringify(await response.json(), (_key, value) =>
      value?.key === "moveDate" && value?.kind === "date" ? { ...value, defaultToday: true } : value,
    );
    await route.fulfill({ response, body });
  });
  await page.goto(PORTAL_URL);
  await page.getByRole("link", { name: /^住民異動/ }).click();
  const step = page.getByRole("form", { name: "質問への回答" });
  const at = (path: string) => page.locator(`form[data-path="${path}"]`);
  const next = () => step.getByRole("button", { name: "次へ" }).click();

  await walkInterview(step, at("moveDate"), next);
  await expect(step.getByRole("textbox")).toHaveValue(formatWareki(japanToday()));
  await expect(step.getByText("今日の日付を入れています。違う日なら書き換えてください。")).toBeVisible();
  await shot(page, "portal-phone-today");
  await expectNoA11yViolations(page);

  // Who a member's question is about, and the 届出人's name offered for member 1 (a tap, no Alt+1).
  await walkInterview(step, at("members.0.name"), next);
  await expect(step.getByText("異動する方 1/3 人目")).toBeVisible();
  const offer = step.getByRole("button", { name: /^届出人の氏名と同じ（東雲 太郎）$/ });
  await offer.click();
  await expect(step.getByRole("textbox")).toHaveValue("東雲 太郎");
  await shot(page, "portal-phone-same-as");
  await expectNoA11yViolations(page);
  await next();
  // Member 1 is the 届出人: the kana he gave as the 届出人 is already in.
  await expect(step).toHaveAttribute("data-path", "members.0.kana");
  await expect(step.getByRole("textbox")).toHaveValue(/^シノノメ[ 　]タロウ$/);
  // …and says so under the kana rule, so nobody takes it for the resident's own entry.
  await expect(step.getByText("全角カタカナで入力（ひらがなは自動でカタカナにします）")).toBeVisible();
  await expect(step.getByText(/と同じ内容を入れています。違う場合は書き換えてください。/)).toBeVisible();
  await phone.close();
});
