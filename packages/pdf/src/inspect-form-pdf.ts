import type { FormField } from "@kakanai/engine";
import { PDFDocument } from "@pdfme/pdf-lib";
import { acroFormFields } from "./acro-form-fields";
import { FormPdfRejected } from "./form-pdf-rejected";

export interface InspectFormPdfOptions {
  /** Default 20: more is a booklet, not an application form. */
  maxPages?: number;
  /** Default 10 MB. */
  maxBytes?: number;
}

export interface FormPdfInfo {
  pageCount: number;
  /** As displayed (after /Rotate). */
  pages: { widthMm: number; heightMm: number }[];
  /** Fill-in fields of a fillable PDF, placed where its widgets are; empty for a flat PDF. */
  acroFields: FormField[];
}

const MM_PER_PT = 25.4 / 72;
const MB = 1024 * 1024;
/** PDF 32000 §7.5.5: readers look for %%EOF within the last 1024 bytes. */
const TAIL_BYTES = 1024;

/**
 * Checks a department's uploaded form PDF before anything is stored, and reads its pages and
 * fillable fields. Cheap structural checks run first (size, header, trailer, cross-reference
 * offset) so random bytes behind a PDF header are refused without a parse, which pdf-lib would
 * otherwise spend seconds on. Throws FormPdfRejected with a message saying what to do.
 */
export async function inspectFormPdf(
  bytes: Uint8Array,
  opts: InspectFormPdfOptions = {},
): Promise<FormPdfInfo> {
  const maxPages = opts.maxPages ?? 20;
  const maxBytes = opts.maxBytes ?? 10 * MB;
  if (bytes.length > maxBytes)
    throw new FormPdfRejected(
      "TOO_LARGE",
      `ファイルが大きすぎます（${(bytes.length / MB).toFixed(1)}MB、上限 ${(maxBytes / MB).toFixed(0)}MB）。画像の解像度を下げるか、様式のページだけを保存し直してからアップロードしてください。`,
    );
  checkStructure(bytes);
  const doc = await load(bytes);
  let pageCount: number;
  try {
    pageCount = doc.getPageCount();
  } catch {
    throw corrupt();
  }
  if (pageCount === 0)
    throw new FormPdfRejected(
      "NO_PAGES",
      "PDFにページがありません。様式を印刷できる形のPDFとして保存し直してください。",
    );
  if (pageCount > maxPages)
    throw new FormPdfRejected(
      "TOO_MANY_PAGES",
      `ページ数が多すぎます（${pageCount}ページ、上限 ${maxPages}ページ）。申請書の様式のページだけを抜き出したPDFをアップロードしてください。`,
    );
  const pages = doc.getPages().map((page) => {
    const { width, height } = page.getSize();
    const turned = page.getRotation().angle % 180 !== 0;
    return {
      widthMm: Math.round((turned ? height : width) * MM_PER_PT * 10) / 10,
      heightMm: Math.round((turned ? width : height) * MM_PER_PT * 10) / 10,
    };
  });
  return { pageCount, pages, acroFields: acroFormFields(doc) };
}

function checkStructure(bytes: Uint8Array): void {
  const head = latin1(bytes.subarray(0, TAIL_BYTES));
  if (!head.includes("%PDF-"))
    throw new FormPdfRejected(
      "NOT_PDF",
      "PDFファイルではありません。Word・Excel などの様式は「PDFとして保存」してからアップロードしてください。",
    );
  const tail = latin1(bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)));
  const startxref = /startxref\s+(\d+)\s+%%EOF/.exec(tail);
  // No trailer: a cut-off PDF still starts with objects; random bytes behind a header do not.
  if (!startxref && !/\d+\s+\d+\s+obj/.test(head)) throw corrupt();
  if (!startxref)
    throw new FormPdfRejected(
      "TRUNCATED",
      "PDFの終わりが欠けています（途中までしか保存・転送されていない可能性があります）。元のファイルをもう一度保存してアップロードしてください。",
    );
  // The cross-reference section must be where the trailer says; random bytes never line up.
  const offset = Number(startxref[1]);
  const at = latin1(bytes.subarray(offset, offset + 64)).trimStart();
  if (offset >= bytes.length || !/^(xref|\d+\s+\d+\s+obj)/.test(at)) throw corrupt();
}

async function load(bytes: Uint8Array): Promise<PDFDocument> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: true,
    });
  } catch {
    throw corrupt();
  }
  if (doc.isEncrypted)
    throw new FormPdfRejected(
      "ENCRYPTED",
      "PDFにパスワードや暗号化が設定されています。パスワードを解除して（セキュリティ設定「なし」で）保存し直してからアップロードしてください。",
    );
  return doc;
}

const corrupt = () =>
  new FormPdfRejected(
    "CORRUPT",
    "PDFが壊れているため読み取れません。元のファイルを開いて「PDFとして保存」し直してからアップロードしてください。",
  );

function latin1(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1");
}
