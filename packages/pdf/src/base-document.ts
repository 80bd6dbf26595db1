import type { FormDef } from "@kakanai/engine";
import { PDFDocument, PDFName } from "@pdfme/pdf-lib";
import { FormRenderError } from "./form-render-error";

const A4_PT = { short: 595.28, long: 841.89 };

/**
 * One PDF holding the blank pages of every sheet in the packet, in order, so the whole packet is a
 * single pdfme template: base PDF pages are copied (each sheet a full copy of the form), generated
 * forms get blank A4 pages. Returns the bytes and each page's size in mm for the layout.
 */
export async function baseDocument(
  sheets: FormDef[],
  basePdfs: Record<string, Uint8Array>,
): Promise<{ pdf: Uint8Array<ArrayBuffer>; pageSizesMm: { widthMm: number; heightMm: number }[] }> {
  const doc = await PDFDocument.create();
  const loaded = new Map<string, PDFDocument>();
  for (const def of sheets) {
    const sha = def.basePdfSha256;
    if (!sha) {
      const size: [number, number] =
        def.orientation === "landscape" ? [A4_PT.long, A4_PT.short] : [A4_PT.short, A4_PT.long];
      for (let i = 0; i < def.pageCount; i++) {
        // pdfme embeds every base page, and pdf-lib cannot embed a page without a content stream.
        const page = doc.addPage(size);
        page.node.set(PDFName.of("Contents"), doc.context.register(doc.context.stream("")));
      }
      continue;
    }
    let source = loaded.get(sha);
    if (!source) {
      const bytes = basePdfs[sha];
      if (!bytes)
        throw new FormRenderError(
          "BASE_PDF_MISSING",
          `${def.key} ${def.title}: 元の様式PDF (sha256 ${sha}) が見つかりません。`,
        );
      source = await PDFDocument.load(bytes, { updateMetadata: false });
      loaded.set(sha, source);
    }
    if (source.getPageCount() < def.pageCount)
      throw new FormRenderError(
        "BASE_PDF_PAGES",
        `${def.key} ${def.title}: 様式PDFのページ数 (${source.getPageCount()}) が定義 (${def.pageCount}) より少なくなっています。`,
      );
    const pages = await doc.copyPages(
      source,
      Array.from({ length: def.pageCount }, (_, i) => i),
    );
    for (const page of pages) doc.addPage(page);
  }
  const pageSizesMm = doc
    .getPages()
    .map((p) => ({ widthMm: (p.getWidth() * 25.4) / 72, heightMm: (p.getHeight() * 25.4) / 72 }));
  // pdf-lib always saves into a plain ArrayBuffer; pdfme's types ask for exactly that.
  const pdf = (await doc.save({ useObjectStreams: false })) as Uint8Array<ArrayBuffer>;
  return { pdf, pageSizesMm };
}
