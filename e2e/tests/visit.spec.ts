import { decodeQr, poppler } from "@kakanai/pdf/testing";
import { expect, type Page, test } from "@playwright/test";
import { COUNTER_URL, STUDIO_URL } from "../playwright.config";
import { expectNoA11yViolations } from "../support/axe";
import { latestBundle } from "../support/bundles";
import { keyboardSensorListening } from "../support/dnd";
import { answerFor, fillAnswer, household } from "../support/interview-answers";
import { login } from "../support/login";
import { fetchPdf } from "../support/pdf";
import { addProcedureCondition } from "../support/procedure-rule";
import { runInfo } from "../support/run-info";
import { shot } from "../support/screens";

/**
 * The whole visit on the real parts: an admin publishes a change in the studio, a clerk runs the
 * interview at the counter and prints, and こども育成課 scans the slip and prints its prefilled form.
 */
test.describe.configure({ mode: "serial" });

const NOTICE = "ごみの出し方のご案内";
let slipCode = "";

test("studio: an admin adds and reorders a question, writes its help, sets a condition and publishes", async ({
  page,
}) => {
  page.on("dialog", (d) => d.accept());
  await page.goto(`${STUDIO_URL}/login`);
  await shot(page, "studio-login");
  await login(page, STUDIO_URL, "admin");
  await expect(page.getByRole("heading", { name: "フロー一覧" })).toBeVisible();
  await shot(page, "studio-flows");
  await page.getByRole("link", { name: /住民異動/ }).click();
  await expect(page.getByRole("button", { name: "質問を追加" })).toBeVisible();

  // Add a notice at the end of the flow.
  await page.getByRole("button", { name: "質問を追加" }).click();
  const add = page.getByRole("form", { name: "質問の追加" });
  await add.getByLabel("種類", { exact: true }).selectOption({ label: "お知らせ" });
  await add.getByLabel("ラベル", { exact: true }).fill(NOTICE);
  await add.getByLabel("キー", { exact: true }).fill("garbageNotice");
  await add.getByRole("button", { name: "追加する" }).click();
  const order = page.getByRole("list", { name: "質問の並び（上から順に聞きます）" });
  await expect(order.getByRole("listitem").last()).toContainText(NOTICE);

  // Move it up one place with the keyboard (dnd-kit's keyboard sensor), as a screen-reader user would.
  const handle = page.getByRole("button", { name: `並べ替え: ${NOTICE}` });
  // Each key waits for dnd-kit's Japanese announcement, as a screen-reader user would hear it.
  await handle.press("Space");
  await expect(handle).toHaveAttribute("aria-pressed", "true");
  const over = (await page.getByText(/番目に移動します/).textContent()) ?? "";
  const [, total, at] = /(\d+)件中 (\d+)番目/.exec(over) ?? [];
  await keyboardSensorListening(page);
  await page.keyboard.press("ArrowUp");
  await expect(
    page.getByText(`${total}件中 ${Number(at) - 1}番目に移動します`, { exact: false }),
  ).toBeAttached();
  await page.keyboard.press("Space");
  await expect(page.getByText(/番目に置きました/)).toBeAttached();
  await expect(order.getByRole("listitem").last()).not.toContainText(NOTICE);

  // Help text in the rich-text editor, with bold.
  await page.getByRole("button", { name: new RegExp(`^${NOTICE}`) }).click();
  const help = page.getByRole("textbox", { name: "ヘルプ文" });
  await help.click();
  await page.keyboard.type("ごみは収集日の朝8時までに出してください。");
  await page.keyboard.press("Control+b");
  await page.keyboard.type("分別表をお渡しします。");
  await shot(page, "studio-question-editor");

  // P07 国民年金: add 「どの届出ですか = 転入」 to its condition in the visual builder.
  await addProcedureCondition(page, /^P07/, {
    field: "どの届出ですか（moveType）",
    value: "転入（市外から東雲市へ）",
  });
  await shot(page, "studio-procedure-rule");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText(/保存済み/)).toBeVisible();

  // An earlier spec may have published 住民異動 already (the new department's walk-through).
  const before = await latestBundle(runInfo().municipalityId, "jumin-idou");
  await page.getByRole("tab", { name: "公開" }).click();
  await page.getByRole("button", { name: "公開する" }).click();
  await page
    .getByRole("dialog", { name: `v${before.seq + 1} として公開しますか？` })
    .getByRole("button", { name: "公開を確定する" })
    .click();
  await expect(page.getByText(`v${before.seq + 1} を公開しました`)).toBeVisible();
  await shot(page, "studio-published");

  // What was published: the frozen v2 holds all three edits, stored as data (JSON Logic, tiptap JSON).
  const v2 = await latestBundle(runInfo().municipalityId, "jumin-idou");
  expect(v2.seq).toBe(before.seq + 1);
  const keys = v2.document.questions.map((q) => q.key);
  expect(keys.indexOf("garbageNotice")).toBe(keys.indexOf("publicSchool") - 1);
  const notice = v2.document.questions.find((q) => q.key === "garbageNotice");
  expect(JSON.stringify(notice?.help)).toContain('"type":"bold"');
  const p07 = v2.document.procedures.find((p) => p.key === "P07");
  expect(JSON.stringify(p07?.rule)).toContain('{"===":[{"var":"moveType"},"tennyu"]}');
});

test("counter: a clerk runs the interview one question at a time, resumes after a reload, and prints", async ({
  page,
}) => {
  await login(page, COUNTER_URL, "counter");
  await expect(page.getByRole("button", { name: /^住民異動.*の受付を始める/ })).toBeVisible();
  await shot(page, "counter-home");
  await page.getByRole("button", { name: /^住民異動.*の受付を始める/ }).click();

  const step = page.getByRole("form", { name: "質問への回答" });
  const review = page.getByRole("button", { name: "判定する" });
  let reloaded = false;
  let sawNotice = false;
  for (let i = 0; i < 120; i++) {
    await expect(step.or(review).first()).toBeVisible();
    if (await review.isVisible()) break;
    const path = (await step.getAttribute("data-path")) ?? "";
    const kind = (await step.getAttribute("data-kind")) ?? "";
    if (path === "members.0.birthDate" && !reloaded) {
      // Everything given so far is on the server: a reload resumes right here.
      await page.reload();
      await expect(step).toHaveAttribute("data-path", "members.0.birthDate");
      reloaded = true;
      await shot(page, "counter-interview-member");
    }
    if (kind === "notice") sawNotice = (await step.textContent())?.includes(NOTICE) || sawNotice;
    await answerStep(page, path, kind);
    await expect(step.or(review).first()).toBeVisible();
    await expect
      .poll(async () => {
        if (await review.count()) return "review";
        // evaluateAll does not wait: the form may be between two steps.
        return step.evaluateAll((forms) => forms[0]?.getAttribute("data-path") ?? "loading");
      })
      .not.toBe(path);
  }
  expect(reloaded).toBe(true);
  expect(sawNotice).toBe(true);
  await shot(page, "counter-review");
  await expectNoA11yViolations(page);
  await review.click();

  // Result: procedures grouped by department.
  await expect(page.getByText(/受付番号/).first()).toBeVisible();
  for (const dept of ["市民課", "保険年金課", "介護保険課", "こども育成課"]) {
    await expect(page.getByRole("heading", { name: new RegExp(dept) }).first()).toBeVisible();
  }
  for (const proc of ["住民異動届", "国民健康保険", "介護保険", "児童手当", "子ども医療費助成"]) {
    await expect(page.getByText(proc).first()).toBeVisible();
  }
  await shot(page, "counter-result");
  await expectNoA11yViolations(page);

  // The 住民異動届: names, kana and 和暦 birth dates as printed text.
  const todokeHref = await page.getByRole("link", { name: "住民異動届を印刷（PDF）" }).getAttribute("href");
  const todoke = await fetchPdf(page.request, `${COUNTER_URL}${todokeHref}`, "todoke");
  const todokeText = poppler.text(todoke).replace(/\s+/g, "");
  for (const m of household) {
    expect(todokeText).toContain(m.name.replace(/\s+/g, ""));
    expect(todokeText).toContain(m.birthWareki);
  }
  expect(todokeText).toContain("シノノメタロウ");

  // The slip: rendered to PNG, its QR read by an independent decoder.
  const slipHref = await page.getByRole("link", { name: "手続き案内票を印刷（PDF）" }).getAttribute("href");
  const slip = await fetchPdf(page.request, `${COUNTER_URL}${slipHref}`, "slip");
  const slipText = poppler.text(slip);
  expect(slipText).toContain("こども育成課");
  expect(slipText).toContain("2階 25番");
  const code = decodeQr(poppler.png(slip, 1, 150));
  expect(code).toMatch(/^[0-9A-Z.]+$/);
  for (const m of household) expect(code).not.toContain(m.name);
  slipCode = code ?? "";

  // The visit ends here: the reception is completed (its retention period starts); prints stay
  // possible, and the linked department below still scans the slip.
  await page.getByRole("button", { name: "受付を終える" }).click();
  await expect(page.getByText("この受付は終了しました")).toBeVisible();
  await expect(page.getByRole("link", { name: "回答を修正する" })).toHaveCount(0);
  await shot(page, "counter-result-completed");
  await expectNoA11yViolations(page);
});

test("linked department: こども育成課 scans the slip, sees only its procedures, prints its prefilled form", async ({
  page,
}) => {
  expect(slipCode).not.toBe("");
  await login(page, COUNTER_URL, "kodomo");
  const field = page.getByLabel(/QRコード/);
  await expect(field).toBeFocused();
  await shot(page, "scan-ready");

  // A tampered code (one character of the MAC changed) is refused, and focus stays for the next scan.
  const last = slipCode.at(-1) === "A" ? "B" : "A";
  // A complete code resolves without Enter.
  await field.fill(slipCode.slice(0, -1) + last);
  const refusal = page.getByRole("alert").filter({ hasText: "このQRコードは使えません" });
  await expect(refusal).toBeVisible();
  await expect(field).toBeFocused();
  await shot(page, "scan-refused");

  // The real code as a laptop with the IME left on types it: full width, lower case, then Enter
  // (the scanner's suffix) — normalised, resolved as soon as it is complete, the Enter harmless.
  const fullWidthLower = [...slipCode.toLowerCase()]
    .map((c) => (c === "." ? "．" : String.fromCharCode(c.charCodeAt(0) + 0xfee0)))
    .join("");
  await field.fill(fullWidthLower);
  await field.press("Enter");
  await expect(page.getByText("QRコードが読み取れていません")).toHaveCount(0);
  await expect(page.getByText("児童手当").first()).toBeVisible();
  await expect(page.getByText("子ども医療費助成").first()).toBeVisible();
  await expect(page.getByText("介護保険")).toHaveCount(0);
  await expect(page.getByText("国民健康保険")).toHaveCount(0);
  const child = household[2]!;
  await expect(page.getByText(child.name).first()).toBeVisible();
  await expect(page.getByText(child.birthWareki).first()).toBeVisible();
  await shot(page, "scan-result");
  await expectNoA11yViolations(page);

  const href = await page.getByRole("link", { name: "申請書を印刷（PDF）" }).getAttribute("href");
  const forms = await fetchPdf(page.request, `${COUNTER_URL}${href}`, "kodomo-forms");
  const text = poppler.text(forms).replace(/\s+/g, "");
  expect(text).toContain(child.name.replace(/\s+/g, ""));
  expect(text).toContain(child.birthWareki);
  // The head of household files (届出人) but no こども育成課 procedure is about him: his birth date stays off.
  expect(text).not.toContain(household[0]!.birthWareki);
});

async function answerStep(page: Page, path: string, kind: string) {
  await fillAnswer(page.getByRole("form", { name: "質問への回答" }), answerFor(path, kind));
  // Enter goes on, as at the counter.
  await page.keyboard.press("Enter");
}
