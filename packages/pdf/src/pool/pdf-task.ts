import { FormPdfRejected } from "../form-pdf-rejected";
import { FormRenderError } from "../form-render-error";
import { type FormPdfInfo, type InspectFormPdfOptions, inspectFormPdf } from "../inspect-form-pdf";
import { type ChecklistInput, renderChecklist } from "../render-checklist";
import { type FormsInput, renderForms } from "../render-forms";
import { renderSlip, type SlipInput } from "../render-slip";

/**
 * One unit of PDF work for a pool worker. Only structured-clone data crosses the thread boundary:
 * the layout inputs (answers, determination, bundle, base PDFs) in, the PDF's bytes (or an
 * upload's page and field list) out. Database reads, auth and auditing stay with the caller.
 */
export type PdfTask =
  | { kind: "slip"; input: SlipInput }
  | { kind: "forms"; input: FormsInput }
  | { kind: "checklist"; input: ChecklistInput }
  | { kind: "inspect"; bytes: Uint8Array; options: InspectFormPdfOptions };

/** An expected refusal, sent back as data: an Error's class and `code` do not survive postMessage. */
export type PdfTaskRefusal =
  | { refused: "FormRenderError"; code: FormRenderError["code"]; message: string }
  | { refused: "FormPdfRejected"; code: FormPdfRejected["code"]; message: string };

export type PdfTaskResult = Uint8Array | { info: FormPdfInfo } | PdfTaskRefusal;

/** Runs a task in this thread (the worker calls it; tests use it as the unpooled baseline). */
export async function runPdfTask(task: PdfTask): Promise<PdfTaskResult> {
  try {
    switch (task.kind) {
      case "slip":
        return await renderSlip(task.input);
      case "forms":
        return await renderForms(task.input);
      case "checklist":
        return await renderChecklist(task.input);
      case "inspect":
        return { info: await inspectFormPdf(task.bytes, task.options) };
    }
  } catch (error) {
    if (error instanceof FormRenderError)
      return { refused: "FormRenderError", code: error.code, message: error.message };
    if (error instanceof FormPdfRejected)
      return { refused: "FormPdfRejected", code: error.code, message: error.message };
    throw error;
  }
}

/** The refusal as the error the unpooled function would have thrown. */
export function refusalError(refusal: PdfTaskRefusal): FormRenderError | FormPdfRejected {
  return refusal.refused === "FormRenderError"
    ? new FormRenderError(refusal.code, refusal.message)
    : new FormPdfRejected(refusal.code, refusal.message);
}
