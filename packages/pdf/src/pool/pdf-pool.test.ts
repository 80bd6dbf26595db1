import { readFileSync } from "node:fs";
import { demoFormAssets } from "@kakanai/demo-city";
import type { DeterminedForm } from "@kakanai/engine";
import { afterAll, describe, expect, it } from "vitest";
import { FormPdfRejected } from "../form-pdf-rejected";
import { FormRenderError } from "../form-render-error";
import { inspectFormPdf } from "../inspect-form-pdf";
import { renderChecklist } from "../render-checklist";
import { type FormsInput, renderForms } from "../render-forms";
import { renderSlip, type SlipInput } from "../render-slip";
import { poppler, sampleBereavement, sampleDetermination, sampleHousehold } from "../testing";
import { demoBundle } from "../testing/demo-bundles";
import { PdfPool, PdfPoolBusy, PdfTaskTimedOut } from "./pdf-pool";

const slip: SlipInput = {
  municipalityName: "東雲市",
  receptionNumber: "A-0042",
  flowTitle: "住民異動",
  issuedOn: "2025-04-01",
  determination: sampleDetermination(),
  qrText: "K1.7Q2M4XK9ZB3N5TPLWD6R8YHC",
};
const form = (formKey: string, members: number[], mode: DeterminedForm["mode"]): DeterminedForm => ({
  formKey,
  title: formKey,
  departmentKey: "",
  mode,
  members,
  sheets: 1,
});
/** A 6-member 住民異動 packet over the demo city's base PDFs (住民異動届, 国保, 児童手当) and generated forms. */
const packet: FormsInput = {
  bundle: demoBundle("jumin-idou", { allForms: true }),
  answers: sampleHousehold(6),
  forms: [
    form("F01", [0, 1, 2, 3, 4, 5], "household"),
    form("F07", [0, 1, 2, 3, 4, 5], "household"),
    form("F15", [4], "each"),
    form("F21", [2, 3], "household"),
    form("F24", [2], "each"),
    form("F25", [2], "each"),
  ],
  basePdfs: Object.fromEntries(demoFormAssets.map((a) => [a.sha256, new Uint8Array(readFileSync(a.path))])),
  filedOn: "2025-04-03",
};
const bereavement = sampleBereavement();
const checklist = {
  municipalityName: "東雲市",
  receptionNumber: "B-0007",
  issuedOn: "2025-04-03",
  deceasedName: bereavement.deceasedName,
  determination: bereavement.determination,
};
const fixture = (path: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/${path}`, import.meta.url)));

const pools: PdfPool[] = [];
const pool = (options: ConstructorParameters<typeof PdfPool>[0]) => {
  const p = new PdfPool(options);
  pools.push(p);
  return p;
};
afterAll(() => Promise.all(pools.map((p) => p.close())));

const settle = <T>(promise: Promise<T>) =>
  promise.then(
    (value) => ({ value, error: undefined }),
    (error: unknown) => ({ value: undefined, error }),
  );

// Each pool starts its workers (about 1.5 s each) and renders real packets: slower than a unit test.
describe("PdfPool", { timeout: 60_000 }, () => {
  const shared = pool({ threads: 2 });

  it("renders the slip, a forms packet and the checklist exactly as in-thread rendering does", async () => {
    const cases: [string, () => Promise<Uint8Array>, () => Promise<Uint8Array>][] = [
      ["slip", () => shared.renderSlip(slip), () => renderSlip(slip)],
      ["forms", () => shared.renderForms(packet), () => renderForms(packet)],
      ["checklist", () => shared.renderChecklist(checklist), () => renderChecklist(checklist)],
    ];
    for (const [name, pooled, inline] of cases) {
      const [a, b] = await Promise.all([pooled(), inline()]);
      expect(a, name).toBeInstanceOf(Uint8Array);
      expect(poppler.pageCount(a), name).toBe(poppler.pageCount(b));
      expect(poppler.text(a, { layout: true }), name).toBe(poppler.text(b, { layout: true }));
      // Subset names are random and pdfme may embed a page's fonts in either order.
      const fonts = (pdf: Uint8Array) =>
        poppler
          .fonts(pdf)
          .map((f) => `${f.type} embedded=${f.embedded} subset=${f.subset}`)
          .sort();
      expect(fonts(a), name).toEqual(fonts(b));
    }
    // What the resident reads is there (not just two equally empty documents).
    expect(poppler.text(await shared.renderSlip(slip))).toContain("手続き案内票");
  });

  it("inspects an uploaded form PDF, and refuses a bad one with the same code and message", async () => {
    const fillable = fixture("forms/jidou-teate-nintei-seikyu-fillable.pdf");
    expect(await shared.inspectFormPdf(fillable)).toEqual(await inspectFormPdf(fillable));
    // The caller keeps its bytes (they are copied to the worker, not moved): it stores them next.
    expect(fillable.byteLength).toBeGreaterThan(0);
    for (const file of ["not-a-pdf.pdf", "encrypted.pdf", "300-pages.pdf"]) {
      const { error } = await settle(shared.inspectFormPdf(fixture(`bad-pdfs/${file}`)));
      const { error: inline } = await settle(inspectFormPdf(fixture(`bad-pdfs/${file}`)));
      expect(error, file).toBeInstanceOf(FormPdfRejected);
      expect((error as FormPdfRejected).code, file).toBe((inline as FormPdfRejected).code);
      expect((error as FormPdfRejected).message, file).toBe((inline as FormPdfRejected).message);
    }
  });

  it("passes a render refusal back as the FormRenderError the caller knows", async () => {
    const { error } = await settle(shared.renderForms({ ...packet, forms: [form("NOPE", [0], "each")] }));
    expect(error).toBeInstanceOf(FormRenderError);
    expect(error).toMatchObject({ code: "FORM_NOT_IN_BUNDLE", message: expect.stringContaining("NOPE") });
  });

  it("answers busy at once past the queue limit, and renders again once the queue drains", async () => {
    const small = pool({ threads: 1, maxQueue: 2 });
    // One running and two waiting; the rest are refused without waiting for anything.
    const timed = () => {
      const at = () => performance.now();
      return settle(small.renderForms(packet)).then((r) => ({ ...r, at: at() }));
    };
    const results = await Promise.all(Array.from({ length: 6 }, timed));
    const rendered = results.filter((r) => r.value instanceof Uint8Array);
    const busy = results.filter((r) => r.error instanceof PdfPoolBusy);
    expect(rendered).toHaveLength(3);
    expect(busy).toHaveLength(3);
    expect(Math.max(...busy.map((r) => r.at))).toBeLessThan(Math.min(...rendered.map((r) => r.at)));
    const [first] = busy;
    expect(first?.error).toMatchObject({
      message: "印刷が混み合っています。数秒後にもう一度お試しください。",
      retryAfterSeconds: expect.any(Number),
    });
    expect(poppler.text(await small.renderSlip(slip))).toContain("A-0042");
  });

  it("survives a worker that dies mid-render: that call fails, the next one renders", async () => {
    const fragile = pool({ threads: 1 });
    await fragile.renderSlip(slip); // the worker is up
    const rendering = settle(fragile.renderForms(packet));
    // Let the task reach the worker, then kill the thread as a crash (or the OOM killer) would.
    await new Promise((r) => setTimeout(r, 50));
    const [worker] = fragile.threads;
    await worker?.terminate();
    const { value, error } = await rendering;
    expect(value).toBeUndefined();
    expect(error).toBeInstanceOf(Error);
    const text = poppler.text(await fragile.renderSlip(slip));
    expect(text).toContain("手続き案内票");
    expect(fragile.threads).toHaveLength(1);
  });

  it("stops a task past its time limit, replaces the worker and goes on", async () => {
    const strict = pool({ threads: 1, renderTimeLimitMs: 20, inspectTimeLimitMs: 5 });
    const { error } = await settle(strict.renderForms(packet));
    expect(error).toBeInstanceOf(PdfTaskTimedOut);
    // An upload that takes too long to read is refused as the uploader's problem, with what to do.
    const { error: refused } = await settle(strict.inspectFormPdf(fixture("bad-pdfs/300-pages.pdf")));
    expect(refused).toBeInstanceOf(FormPdfRejected);
    expect(refused).toMatchObject({ code: "TOO_COMPLEX", message: expect.stringMatching(/してください/) });
    // A task that fits the limit still runs on the replacement worker.
    const { error: notPdf } = await settle(strict.inspectFormPdf(fixture("bad-pdfs/not-a-pdf.pdf")));
    expect(notPdf).toMatchObject({ code: "NOT_PDF" });
    expect(strict.threads).toHaveLength(1);
  });
});
