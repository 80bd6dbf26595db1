import { type Db, getFormAssets } from "@kakanai/db";
import type { Answers, Bundle, Determination, DeterminedForm } from "@kakanai/engine";
import { pdfPool } from "@kakanai/pdf";
import { receptionDay } from "../counter/next-reception-number";
import { DomainError } from "../domain-error";
import { missingBasePdfMessage } from "../forms/get-base-pdf";

interface PrintParams {
  /** The session's municipality: base PDFs are read from this city's uploads only. */
  municipalityId: string;
  bundle: Bundle;
  answers: Answers;
  determination: Determination;
  now: Date;
}

/** Renders every determined form of one department, prefilled, over the stored base PDFs. */
export async function printDepartmentForms(
  db: Db,
  params: PrintParams & { departmentKey: string },
): Promise<Uint8Array> {
  const forms = params.determination.procedures
    .filter((p) => p.departmentKey === params.departmentKey)
    .flatMap((p) => p.forms);
  if (forms.length === 0) throw new DomainError("NOT_FOUND", "この課で印刷する申請書はありません。");
  return printForms(db, { ...params, forms });
}

/**
 * Renders the given determined forms, in order, as one prefilled PDF over the stored base PDFs. The
 * base PDFs are read here; only the render runs on the PDF pool's worker thread.
 */
export async function printForms(
  db: Db,
  params: Omit<PrintParams, "determination"> & { forms: DeterminedForm[] },
): Promise<Uint8Array> {
  const formKeys = new Set(params.forms.map((f) => f.formKey));
  const withBase = params.bundle.forms.filter((f) => formKeys.has(f.key) && f.basePdfSha256);
  const sha256s = withBase.map((f) => f.basePdfSha256 as string);
  const basePdfs = await getFormAssets(db, { municipalityId: params.municipalityId, sha256s });
  // Publishing refuses foreign hashes; this keeps a bundle from before that check from printing one.
  const missing = withBase.find((f) => !basePdfs[f.basePdfSha256 as string]);
  if (missing) throw new DomainError("NOT_FOUND", missingBasePdfMessage(missing));
  return pdfPool().renderForms({
    bundle: params.bundle,
    answers: params.answers,
    forms: params.forms,
    basePdfs,
    filedOn: receptionDay(params.now),
  });
}
