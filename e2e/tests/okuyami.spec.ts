import { poppler } from "@kakanai/pdf/testing";
import { expect, type Page, test } from "@playwright/test";
import { COUNTER_URL } from "../playwright.config";
import { expectNoA11yViolations } from "../support/axe";
import { login } from "../support/login";
import { answerOkuyamiStep, deceased, heir, mourner, okuyamiAnswers } from "../support/okuyami-answers";
import { fetchPdf } from "../support/pdf";
import { shot } from "../support/screens";

/**
 * The おくやみ desk at the counter: a clerk takes a bereaved family through the interview one
 * question at a time, determines the procedures of every department, and prints the family's
 * checklist and all departments' prefilled forms.
 */

/** What the desk must find (demo-city.md おくやみ), with the 和暦 deadline counted from the death on R8.11.10. */
const expected = [
  { title: "世帯主変更届", dept: "市民課", counter: "1階 1番", deadline: "令和8年11月24日" },
  { title: "葬祭費 支給申請", dept: "保険年金課", counter: "1階 5番", deadline: "令和10年11月9日" },
  { title: "後期高齢者医療 資格喪失", dept: "保険年金課", counter: "1階 5番", deadline: "令和8年11月24日" },
  {
    title: "国民年金 受給権者死亡届・未支給年金",
    dept: "保険年金課",
    counter: "1階 5番",
    deadline: "令和8年11月24日",
  },
  { title: "介護保険 資格喪失", dept: "介護保険課", counter: "2階 22番", deadline: "令和8年11月24日" },
  { title: "固定資産 相続人代表者指定届", dept: "資産税課", counter: "3階 34番", deadline: null },
];

/** Procedures these answers must not bring up (not on 国保, no 印鑑登録, 手帳 or 児童手当, no moped or dog). */
const notExpected = [
  "国民健康保険 資格喪失",
  "印鑑登録証の返却",
  "障害者手帳 返還",
  "児童手当 受給事由消滅",
  "原付 廃車・名義変更",
  "犬の死亡届",
];

const flat = (s: string) => s.replace(/\s+/g, "");

test("おくやみ: a clerk walks the bereavement desk, determines every department's procedures and prints for the family", async ({
  page,
}) => {
  await login(page, COUNTER_URL, "counter");
  const start = page.getByRole("button", { name: /^おくやみ.*の受付を始める/ });
  await expect(start).toBeVisible();
  await shot(page, "okuyami-home");
  await start.click();

  const asked = await runInterview(page);
  // Every question of this case was put to the family, and nothing the walk-through did not expect.
  expect(asked.sort()).toEqual(Object.keys(okuyamiAnswers).sort());

  const review = page.getByRole("button", { name: "判定する" });
  await expect(page.getByText(deceased.name).first()).toBeVisible();
  // The kana typed in ひらがな was kept as 全角カタカナ (with a 全角 space), as the forms require.
  await expect(page.getByText("シノノメ\u3000ゲンゾウ", { exact: true })).toBeVisible();
  await shot(page, "okuyami-review");
  await review.click();

  // Result: six procedures in four departments, each with its counter and 和暦 deadline.
  await expect(page.getByRole("heading", { level: 1, name: "判定結果" })).toBeVisible();
  await expect(page.getByText(/該当する手続き 6 件/)).toBeVisible();
  await expect(page.getByText(/受付番号/).first()).toBeVisible();
  for (const p of expected) {
    const dept = page
      .locator("section")
      .filter({ has: page.getByRole("heading", { level: 2, name: p.dept, exact: true }) });
    await expect(dept).toHaveCount(1);
    await expect(dept.getByText(`窓口 ${p.counter}`)).toBeVisible();
    const item = dept
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 3, name: p.title, exact: true }) });
    await expect(item).toHaveCount(1);
    if (p.deadline) await expect(item.getByText(`期限 ${p.deadline}まで`)).toBeVisible();
    else await expect(item.getByText(/^期限 /)).toHaveCount(0);
  }
  await expect(page.getByRole("heading", { level: 3 })).toHaveCount(expected.length);
  for (const title of notExpected) {
    await expect(page.getByRole("heading", { name: title })).toHaveCount(0);
  }
  // The 住民異動 print is not offered at the おくやみ desk.
  await expect(page.getByRole("link", { name: "住民異動届を印刷（PDF）" })).toHaveCount(0);
  await shot(page, "okuyami-result");
  await expectNoA11yViolations(page);

  // The family's checklist: every procedure with its department, counter and 和暦 deadline.
  const checklistText = poppler.text(
    await download(page, "ご遺族向けチェックリストを印刷（PDF）", "okuyami-checklist"),
  );
  expect(checklistText).toContain("おくやみ手続きチェックリスト");
  expect(checklistText).toContain(`故 ${deceased.name} 様`);
  expect(checklistText).toContain(deceased.deathWareki);
  // One row per procedure, read cell by cell: 手続き, 担当課・窓口, 期限 (the cells wrap, so spaces go).
  for (const p of expected) {
    const row = flat(`${p.title}${p.dept}${p.counter}${p.deadline ? `${p.deadline}まで` : "期限なし"}`);
    expect(flat(checklistText), p.title).toContain(row);
  }
  for (const title of notExpected) expect(flat(checklistText)).not.toContain(flat(title));

  // All departments' forms at once: each names the deceased and the 和暦 date of death.
  const formsPdf = await download(page, "各課の申請書をまとめて印刷（PDF）", "okuyami-forms");
  const forms = poppler.text(formsPdf);
  // One page per form (six procedures, six forms), each about the deceased.
  const pages = forms.split("\f").filter((p) => p.trim());
  expect(pages).toHaveLength(expected.length);
  for (const [i, text] of pages.entries()) {
    for (const s of [deceased.name, deceased.kana, deceased.birthWareki, deceased.deathWareki]) {
      expect(flat(text), `page ${i + 1}: ${s}`).toContain(flat(s));
    }
  }
  for (const title of [
    "世帯主変更届",
    "葬祭費 支給申請書",
    "後期高齢者医療 資格喪失届",
    "国民年金 受給権者死亡届・未支給年金請求書",
    "介護保険 資格喪失届",
    "固定資産 相続人代表者指定届",
  ]) {
    expect(flat(forms), title).toContain(flat(title));
  }
  // The 葬祭費 goes to the 喪主, the 介護保険 refund and the tax papers to the 相続人代表.
  expect(flat(forms)).toContain(flat(mourner.bankAccount));
  expect(flat(forms)).toContain(flat(heir.bankAccount));
  expect(forms).toContain(heir.name);
  expect(forms).toContain("令和8年11月11日"); // 資格喪失日: the day after death
});

/** Answers each question as it appears, by its data-path, until 判定する; returns the paths asked. */
async function runInterview(page: Page): Promise<string[]> {
  const step = page.getByRole("form", { name: "質問への回答" });
  const review = page.getByRole("button", { name: "判定する" });
  const asked: string[] = [];
  for (let i = 0; i < 60; i++) {
    await expect(step.or(review).first()).toBeVisible();
    if (await review.isVisible()) return asked;
    const path = (await step.getAttribute("data-path")) ?? "";
    const kind = (await step.getAttribute("data-kind")) ?? "";
    if (kind !== "notice") asked.push(path);
    if (path === "deceased.deathDate") {
      await answerOkuyamiStepWithShot(page, path, kind);
    } else {
      await answerOkuyamiStep(page, path, kind);
    }
    await expect
      .poll(async () => {
        if (await review.count()) return "review";
        // evaluateAll does not wait: the form may be between two steps.
        return step.evaluateAll((forms) => forms[0]?.getAttribute("data-path") ?? "loading");
      })
      .not.toBe(path);
    if (path === "deceased.deathDate") await shot(page, "okuyami-interview-address");
  }
  throw new Error(`the interview did not reach 判定する; asked ${asked.join(", ")}`);
}

/** The date-of-death step, photographed with its 和暦 read-back before going on. */
async function answerOkuyamiStepWithShot(page: Page, path: string, kind: string) {
  const step = page.getByRole("form", { name: "質問への回答" });
  await step.getByRole("textbox").fill("R8.11.10");
  await expect(step.getByText(deceased.deathWareki, { exact: true })).toBeVisible();
  await shot(page, "okuyami-interview-death-date");
  await answerOkuyamiStep(page, path, kind);
}

/** A print link on the result page, fetched with the clerk's cookies. */
async function download(page: Page, link: string, name: string): Promise<Uint8Array> {
  const href = await page.getByRole("link", { name: link }).getAttribute("href");
  expect(href, link).toBeTruthy();
  return fetchPdf(page.request, `${COUNTER_URL}${href}`, name);
}
