import { createHash } from "node:crypto";
import type { FormDef } from "@kakanai/engine";
import { PDFDocument, PDFName } from "@pdfme/pdf-lib";
import { FormRenderError } from "./form-render-error";

const A4_PT = { short: 595.28, long: 841.89 };
const MERGED_MAX = 64;
const SOURCES_MAX = 32;

export interface BaseDocument {
  pdf: Uint8Array<ArrayBuffer>;
  pageSizesMm: { widthMm: number; heightMm: number }[];
}

/** Merged documents by sheet sequence, and parsed uploads by sha256; both immutable once made. */
const merged = new Map<string, Promise<BaseDocument>>();
const sources = new Map<string, Promise<PDFDocument>>();

/**
 * One PDF holding the blank pages of every sheet in the packet, in order, so the whole packet is a
 * single pdfme template: base PDF pages are copied (each sheet a full copy of the form), generated
 * forms get blank A4 pages. Returns the bytes and each page's size in mm for the layout.
 *
 * A base PDF is named by the sha256 of its bytes, so the result depends only on the sequence of
 * (sha, page count, orientation): it is cached per process, as are the parsed uploads. Callers must
 * treat the returned bytes as read-only.
 */
export function baseDocument(sheets: FormDef[], basePdfs: Record<string, Uint8Array>): Promise<BaseDocument> {
  for (const def of sheets)
    if (def.basePdfSha256 && !basePdfs[def.basePdfSha256]) return Promise.reject(missing(def));
  const key = sheets.map((d) => `${d.basePdfSha256 ?? d.orientation}:${d.pageCount}`).join(",");
  return cached(merged, key, MERGED_MAX, () => build(sheets, basePdfs));
}

async function build(sheets: FormDef[], basePdfs: Record<string, Uint8Array>): Promise<BaseDocument> {
  const doc = await PDFDocument.create();
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
    const source = await cached(sources, sha, SOURCES_MAX, () => loadSource(def, sha, basePdfs[sha]));
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

async function loadSource(def: FormDef, sha: string, bytes: Uint8Array | undefined): Promise<PDFDocument> {
  // The sha is the cache key for every later packet, so the bytes must really be that upload.
  if (!bytes || createHash("sha256").update(bytes).digest("hex") !== sha) throw missing(def);
  return PDFDocument.load(bytes, { updateMetadata: false });
}

const missing = (def: FormDef) =>
  new FormRenderError(
    "BASE_PDF_MISSING",
    `${def.key} ${def.title}: 元の様式PDF (sha256 ${def.basePdfSha256}) が見つかりません。`,
  );

/** A small insertion-ordered cache of promises; a failed build is forgotten so it can be retried. */
function cached<T>(
  map: Map<string, Promise<T>>,
  key: string,
  max: number,
  make: () => Promise<T>,
): Promise<T> {
  const hit = map.get(key);
  if (hit) {
    map.delete(key);
    map.set(key, hit);
    return hit;
  }
  const made = make();
  map.set(key, made);
  made.catch(() => map.get(key) === made && map.delete(key));
  if (map.size > max) map.delete(map.keys().next().value as string);
  return made;
}
