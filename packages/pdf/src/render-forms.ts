import {
  type Answers,
  type Bundle,
  type DeterminedForm,
  type FormDef,
  type FormField,
  fieldValue,
  printData,
} from "@kakanai/engine";
import type { BasePdf, Schema } from "@pdfme/common";
import { baseDocument } from "./base-document";
import { fieldSchemas } from "./field-schemas";
import { FormRenderError } from "./form-render-error";
import { formSheets, type Sheet } from "./form-sheets";
import { generatePdf } from "./generate-pdf";
import { pdfSchema as s } from "./pdf-schema";

export interface FormsInput {
  /** The flow the forms are printed from: its print model supplies what each field names. */
  bundle: Bundle;
  /** As stored; printing uses only the answers that count, as the determination does. */
  answers: Answers;
  /** In print order; each becomes one or more sheets. */
  forms: DeterminedForm[];
  /** Uploaded base PDFs by sha256 (hex). */
  basePdfs: Record<string, Uint8Array>;
  /** ISO date printed as the 届出日 (answer path `filedOn`). */
  filedOn: string;
}

/** Every given form, prefilled, as one PDF: one pdfme generate over one merged base document. */
export async function renderForms(input: FormsInput): Promise<Uint8Array> {
  const { pages, basePdf } = await formsLayout(input);
  return generatePdf(pages, basePdf);
}

/** The pages of schemas and the merged base document renderForms hands to pdfme (also for benchmarks). */
export async function formsLayout(input: FormsInput): Promise<{ pages: Schema[][]; basePdf: BasePdf }> {
  const plan: { def: FormDef; form: DeterminedForm; sheet: Sheet }[] = [];
  for (const form of input.forms) {
    const def = input.bundle.forms.find((f) => f.key === form.formKey);
    if (!def)
      throw new FormRenderError(
        "FORM_NOT_IN_BUNDLE",
        `様式 ${form.formKey}（${form.title}）がバンドルにありません。`,
      );
    for (const sheet of formSheets(def, form)) plan.push({ def, form, sheet });
  }
  if (plan.length === 0) throw new FormRenderError("FORM_NOT_IN_BUNDLE", "印刷する様式がありません。");
  const data = printData(input.bundle, input.answers, { filedOn: input.filedOn });
  const { pdf, pageSizesMm } = await baseDocument(
    plan.map((p) => p.def),
    input.basePdfs,
  );
  const pages: Schema[][] = [];
  for (const { def, sheet } of plan) {
    const firstPage = pages.length;
    for (let i = 0; i < def.pageCount; i++) pages.push([]);
    for (const field of def.fields) {
      const page = pages[firstPage + Math.min(field.pageIndex, def.pageCount - 1)];
      const member = memberFor(field, sheet);
      // An empty person row prints nothing on a base PDF, but a generated form still draws its cells.
      if (member === null && def.basePdfSha256) continue;
      try {
        const value = member === null ? undefined : fieldValue(data, field, member);
        page?.push(...fieldSchemas(field, value, !def.basePdfSha256));
      } catch (error) {
        throw new FormRenderError(
          "FIELD_VALUE_INVALID",
          `${def.key} ${field.name}: ${(error as Error).message}`,
        );
      }
    }
    if (sheet.count > 1) {
      const width = pageSizesMm[firstPage]?.widthMm ?? 210;
      pages[firstPage]?.push(
        s.text(
          "sheet",
          { xMm: width - 32, yMm: 3, widthMm: 24, heightMm: 5 },
          `${sheet.index + 1}/${sheet.count}`,
          { fontSizePt: 9, align: "right" },
        ),
      );
    }
  }
  return { pages, basePdf: pdf };
}

/** The member a field prints for: its row's member, the sheet's first for `$member`; null = empty row. */
function memberFor(field: FormField, sheet: Sheet): number | undefined | null {
  if (field.row !== undefined) return sheet.rowMembers[field.row] ?? null;
  return sheet.rowMembers[0];
}
