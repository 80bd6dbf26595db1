import { type DbOrTx, putFormAsset } from "@kakanai/db";
import type { FormField } from "@kakanai/engine";
import { type FormPdfInfo, FormPdfRejected, pdfPool } from "@kakanai/pdf";
import { DomainError } from "../domain-error";

/** The largest form PDF accepted (inspectFormPdf's default): a scanned A3 form fits comfortably. */
export const maxFormPdfBytes = 10 * 1024 * 1024;
/** Base64 length of maxFormPdfBytes: the input limit of the upload procedure. */
export const maxFormPdfBase64 = Math.ceil(maxFormPdfBytes / 3) * 4;

export interface UploadedFormPdf {
  sha256: string;
  fileName: string;
  pageCount: number;
  pages: { widthMm: number; heightMm: number }[];
  /** Fill-in fields of a fillable PDF, offered as ready-placed fields (no mapping yet). */
  acroFields: FormField[];
}

/**
 * Checks a department's form PDF and only then stores it (content-addressed, so uploading the same
 * file twice keeps one row) and records that this city uploaded it: only its own city may read it. The draft is not touched: the editor adds the form to its local draft
 * with the returned sha256, and the save bar saves it. A refused file stores nothing.
 */
export async function uploadFormPdf(
  db: DbOrTx,
  params: { bytes: Uint8Array; fileName: string; municipalityId: string; uploadedBy: string | null },
): Promise<UploadedFormPdf> {
  if (params.bytes.length === 0)
    throw new DomainError("BAD_REQUEST", "ファイルが空です。様式のPDFファイルを選んでください。");
  let info: FormPdfInfo;
  try {
    // Parsed on a PDF worker with a time limit: a pathological file costs a worker, not the server.
    info = await pdfPool().inspectFormPdf(params.bytes, { maxBytes: maxFormPdfBytes });
  } catch (error) {
    if (error instanceof FormPdfRejected) throw new DomainError("BAD_REQUEST", error.message);
    throw error;
  }
  const fileName = cleanFileName(params.fileName);
  const { sha256 } = await putFormAsset(db, {
    municipalityId: params.municipalityId,
    uploadedBy: params.uploadedBy,
    bytes: params.bytes,
    fileName,
    pageCount: info.pageCount,
  });
  return { sha256, fileName, pageCount: info.pageCount, pages: info.pages, acroFields: info.acroFields };
}

/** A display name only (never a path on disk): no folders, no control characters, bounded length. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = [...base]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f)
    .join("")
    .trim()
    .slice(0, 200);
  return clean || "様式.pdf";
}
