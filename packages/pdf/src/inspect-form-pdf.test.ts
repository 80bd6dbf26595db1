import { readFileSync } from "node:fs";
import { PDFDocument } from "@pdfme/pdf-lib";
import { describe, expect, it } from "vitest";
import { FormPdfRejected } from "./form-pdf-rejected";
import { inspectFormPdf } from "./inspect-form-pdf";
import { poppler } from "./testing";

const fixture = (path: string) =>
  new Uint8Array(readFileSync(new URL(`../test/fixtures/${path}`, import.meta.url)));

async function rejection(bytes: Uint8Array): Promise<FormPdfRejected> {
  const error = await inspectFormPdf(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FormPdfRejected);
  return error as FormPdfRejected;
}

describe("inspectFormPdf refuses bad uploads", () => {
  it.each([
    ["not-a-pdf.pdf", "NOT_PDF", /PDFファイルではありません/],
    ["truncated.pdf", "TRUNCATED", /終わりが欠けて/],
    ["encrypted.pdf", "ENCRYPTED", /パスワード/],
    ["garbage.pdf", "CORRUPT", /壊れて/],
    ["300-pages.pdf", "TOO_MANY_PAGES", /300ページ/],
  ])("%s → %s", async (file, code, message) => {
    const started = performance.now();
    const error = await rejection(fixture(`bad-pdfs/${file}`));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    // Every refusal also says how to fix the file.
    expect(error.message).toMatch(/してください/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("refuses a file over the size limit before reading it", async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(new TextEncoder().encode("%PDF-1.7\n"));
    expect((await rejection(big)).code).toBe("TOO_LARGE");
  });

  it("refuses a PDF without pages", async () => {
    const empty = await (await PDFDocument.create()).save({ addDefaultPage: false });
    expect((await rejection(empty)).code).toBe("NO_PAGES");
  });

  it("refuses random bytes even behind a plausible trailer", async () => {
    const garbage = fixture("bad-pdfs/garbage.pdf");
    const trailer = new TextEncoder().encode("\nstartxref\n1000\n%%EOF\n");
    const forged = new Uint8Array(garbage.length + trailer.length);
    forged.set(garbage);
    forged.set(trailer, garbage.length);
    expect((await rejection(forged)).code).toBe("CORRUPT");
  });
});

describe("inspectFormPdf reads good uploads", () => {
  it("reports pages of a flat form in mm and no fields", async () => {
    const info = await inspectFormPdf(
      fixture("../../../../packages/demo-city/src/forms/assets/kokuho-shikaku-shutoku.pdf"),
    );
    expect(info.pageCount).toBe(2);
    expect(info.pages[0]?.widthMm).toBeCloseTo(297, 0);
    expect(info.pages[0]?.heightMm).toBeCloseTo(210, 0);
    expect(info.acroFields).toEqual([]);
  });

  it("places the AcroForm fields of a fillable form where its labels are", async () => {
    const bytes = fixture("forms/jidou-teate-nintei-seikyu-fillable.pdf");
    const info = await inspectFormPdf(bytes);
    const byName = new Map(info.acroFields.map((f) => [f.name, f]));
    const names = ["claimant_kana", "claimant_name", "claimant_address", "claimant_phone", "pension_kosei"];
    for (let i = 1; i <= 5; i++) names.push(`child${i}_name`, `child${i}_birth`);
    expect([...byName.keys()].sort()).toEqual(names.sort());
    for (const f of info.acroFields) {
      expect(f.pageIndex).toBe(0);
      expect(f.xMm).toBeGreaterThan(0);
      expect(f.xMm + f.widthMm).toBeLessThan(210);
      expect(f.yMm).toBeGreaterThan(0);
      expect(f.yMm + f.heightMm).toBeLessThan(297);
      expect(f.type).toBe(f.name === "pension_kosei" ? "check" : "text");
    }
    // Rows run top to bottom at an even pitch; names left of birth dates.
    const ys = [1, 2, 3, 4, 5].map((i) => byName.get(`child${i}_name`)?.yMm ?? 0);
    for (let i = 1; i < 5; i++) expect((ys[i] ?? 0) - (ys[i - 1] ?? 0)).toBeCloseTo(8.6, 0);
    expect(byName.get("child1_name")?.xMm).toBeLessThan(byName.get("child1_birth")?.xMm ?? 0);
    expect(byName.get("claimant_kana")?.yMm).toBeLessThan(byName.get("claimant_name")?.yMm ?? 0);
    // Cross-check with poppler: the check box sits just left of the printed 厚生年金, on its line.
    const kosei = byName.get("pension_kosei");
    const label = poppler.words(bytes).find((w) => w.text.includes("厚生年金"));
    expect(kosei && label).toBeTruthy();
    if (!kosei || !label) return;
    expect(label.xMm - (kosei.xMm + kosei.widthMm)).toBeGreaterThan(0);
    expect(label.xMm - (kosei.xMm + kosei.widthMm)).toBeLessThan(8);
    expect(Math.abs(label.yMm + label.heightMm / 2 - (kosei.yMm + kosei.heightMm / 2))).toBeLessThan(2);
    expect(kosei.widthMm).toBeCloseTo(kosei.heightMm, 1);
  });
});
