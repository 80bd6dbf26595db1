import { join } from "node:path";
import { poppler } from "@kakanai/pdf/testing";
import { expect, type Page, test } from "@playwright/test";
import { STUDIO_URL } from "../playwright.config";
import { expectNoA11yViolations } from "../support/axe";
import { login } from "../support/login";
import { shot } from "../support/screens";

/**
 * A department admin brings their own form: a file that is not a PDF is refused in Japanese and
 * changes nothing; the fillable 児童手当 form offers its fields; one field is mapped to an answer and
 * the preview prints the sample household's value there. Nothing is saved (the demo flow stays as is).
 */
const ROOT = join(import.meta.dirname, "..", "..");
const NOT_A_PDF = join(ROOT, "packages/pdf/test/fixtures/bad-pdfs/not-a-pdf.pdf");
test.use({ viewport: { width: 1366, height: 768 } });

const FILLABLE = join(ROOT, "packages/demo-city/src/forms/assets/jidou-teate-nintei-seikyu-fillable.pdf");

async function openFormsTab(page: Page) {
  await login(page, STUDIO_URL, "admin");
  await page.getByRole("link", { name: /住民異動/ }).click();
  await page.getByRole("tab", { name: "様式" }).click();
  await expect(page.getByRole("heading", { name: /申請書の様式（\d+件）/ })).toBeVisible();
}

test("studio: refuses a bad file, offers a fillable PDF's fields, maps one and previews it", async ({
  page,
}) => {
  await openFormsTab(page);
  const heading = page.getByRole("heading", { name: /申請書の様式（\d+件）/ });
  const before = await heading.textContent();
  const upload = page.getByLabel("課の様式（PDF）を追加");

  // Not a PDF: a Japanese refusal that says what to do, and the draft is untouched.
  await upload.setInputFiles(NOT_A_PDF);
  const refusal = page.getByRole("alert").filter({ hasText: "このPDFは使えません" });
  await expect(refusal).toContainText("PDFファイルではありません");
  await expect(refusal).toContainText("「PDFとして保存」");
  await expect(heading).toHaveText(before ?? "");
  await expect(page.getByText("保存していない変更があります")).toHaveCount(0);
  await shot(page, "studio-forms-refused");

  // The fillable form: its 15 fields are offered, placed where the PDF has them.
  await upload.setInputFiles(FILLABLE);
  const offer = page.getByRole("region", { name: "読み込んだ様式の追加" });
  const take = offer.getByLabel("PDFの入力欄 15件を項目として取り込む");
  await expect(take).toBeChecked();
  await offer.getByLabel("様式の名前").fill("児童手当認定請求書（課の様式）");
  await offer.getByLabel("担当課").selectOption({ label: "こども育成課" });
  await shot(page, "studio-forms-offer");
  await offer.getByRole("button", { name: "様式を追加" }).click();
  await expect(page.getByText("保存していない変更があります")).toBeVisible();
  const fields = page.getByRole("list", { name: "様式の項目" });
  await expect(fields.getByRole("listitem")).toHaveCount(15);

  // Map 請求者氏名 to the applicant's name.
  await fields.getByRole("button", { name: /^claimant_name/ }).click();
  const editor = page.getByRole("region", { name: "項目「claimant_name」の設定" });
  await expect(editor.getByLabel("左から（mm）")).toHaveValue("42");
  // The answer is chosen by its question's label; its key is secondary text, also in the field list.
  const answer = editor.getByRole("combobox", { name: "回答の項目" });
  await expect(answer.locator("option", { hasText: "異動する方（行ごと） › フリガナ" })).toHaveCount(1);
  await answer.selectOption({ label: "届出人の氏名" });
  await expect(editor.getByText("キー: applicant.name")).toBeVisible();
  const mapped = fields.getByRole("button", { name: /^claimant_name/ });
  await expect(mapped).toContainText("届出人の氏名");
  await expect(mapped).not.toContainText("applicant.name");
  await expectNoA11yViolations(page);
  await shot(page, "studio-forms-mapping");

  // Preview for a sample household: the name is printed in the mapped box.
  const preview = page.getByRole("region", { name: "記入例のプレビュー" });
  await preview.getByLabel("見本").selectOption("household-3");
  const response = page.waitForResponse((r) => r.url().includes("studio.forms.preview"));
  await preview.getByRole("button", { name: "プレビューを作成" }).click();
  const body = (await (await response).json()) as [{ result: { data: { json: { pdfBase64: string } } } }];
  const pdf = Buffer.from(body[0].result.data.json.pdfBase64, "base64");
  const name = poppler.words(pdf).filter((w) => w.text === "山田" || w.text === "太郎");
  expect(name.map((w) => w.text)).toEqual(["山田", "太郎"]);
  // In the claimant_name box (42, 60, 150 × 8 mm).
  expect(name[0]?.xMm).toBeGreaterThan(41);
  expect(name[0]?.yMm).toBeGreaterThan(59);
  expect(name[0]?.yMm).toBeLessThan(68);
  await expect(preview.locator("iframe")).toBeVisible();
  // The screenshot should show the rendered PDF: wait until the frame has loaded it.
  const frame = await (await preview.locator("iframe").elementHandle())?.contentFrame();
  await frame?.waitForLoadState("load");
  await shot(page, "studio-forms-preview");

  // The pdfme Designer loads on demand, with everything from the studio's own origin (no CDN).
  const outside: string[] = [];
  page.on("request", (r) => {
    if (/^https?:/.test(r.url()) && !r.url().startsWith(STUDIO_URL)) outside.push(r.url());
  });
  await page.getByRole("button", { name: /デザイナーを開く/ }).click();
  const designer = page.getByRole("region", { name: /デザイナー/ });
  await expect(designer.getByText("claimant_name").first()).toBeVisible({ timeout: 60_000 });
  // The first opening after a page load fills its box (it drew the page at 8×11 px, or used ~340 px
  // of a 768 px box) and the whole box, toolbar included, is on screen.
  const box = await designer.getByTestId("designer-box").boundingBox();
  const used = await designer
    .getByTestId("designer-box")
    .evaluate((el) => (el.firstElementChild as HTMLElement | null)?.getBoundingClientRect().height ?? 0);
  expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(768);
  expect(used).toBeGreaterThan((box?.height ?? 0) * 0.9);
  // The page itself (pdfme draws it as a background image): the tallest picture in the box.
  const paper = await designer
    .getByTestId("designer-box")
    .evaluate((el) =>
      Math.max(
        0,
        ...[...el.querySelectorAll("*")]
          .filter((e) => e.tagName === "IMG" || getComputedStyle(e).backgroundImage.startsWith("url("))
          .map((e) => e.getBoundingClientRect().height),
      ),
    );
  expect(paper).toBeGreaterThan(300);
  await page.screenshot({
    path: join(import.meta.dirname, "..", ".out", "screenshots", "studio-forms-designer-viewport.png"),
  });
  await shot(page, "studio-forms-designer");
  await expectNoA11yViolations(page);
  await designer.getByRole("button", { name: "位置を反映して閉じる" }).click();
  await expect(fields.getByRole("listitem")).toHaveCount(15);
  await expect(fields.getByRole("button", { name: /^claimant_name/ })).toContainText("届出人の氏名");
  expect(outside).toEqual([]);
});

test("studio: a form's fields name common items in Japanese; one its flow cannot fill is flagged", async ({
  page,
}) => {
  await login(page, STUDIO_URL, "admin");
  await page.getByRole("link", { name: /証明書/ }).click();
  await page.getByRole("tab", { name: "様式" }).click();
  await page.getByRole("list", { name: "様式の一覧" }).getByRole("button", { name: /F04/ }).click();

  // The list says what each box prints in words, not keys: 合計部数 is the common item.
  const fields = page.getByRole("list", { name: "様式の項目" });
  await fields
    .getByRole("button")
    .filter({ hasText: /文字・合計部数$/ })
    .click();
  const editor = page.getByRole("region", { name: /^項目「.+」の設定$/ });
  await expect(editor.getByLabel("値の取り方")).toHaveValue("standard");
  const item = editor.getByLabel("印刷する項目");
  await expect(item).toHaveValue("totalCopies");

  // 証明書 asks nothing about a 児童手当 claimant: choosing it is flagged before publishing.
  await expect(item.locator("option", { hasText: "請求者の氏名（このフローにはありません）" })).toHaveCount(
    1,
  );
  await item.selectOption("claimant.name");
  await expect(editor.getByText("このフローの回答からは埋められない項目です")).toBeVisible();
  await shot(page, "studio-forms-common-item");
});
