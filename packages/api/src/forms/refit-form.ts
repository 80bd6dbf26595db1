import type { FormDef, FormField } from "@kakanai/engine";

export interface PageSize {
  widthMm: number;
  heightMm: number;
}

/** A field of the replaced form that has to be placed again on the new PDF, and why. */
export interface FieldToPlace {
  name: string;
  reason: string;
}

export interface RefitResult {
  form: FormDef;
  /** Fields that fit on the new PDF as they were: position and mapping kept (or taken from its own input field). */
  kept: number;
  toPlace: FieldToPlace[];
}

/** The blank A4 page a form without a base PDF prints on. */
export function standardPages(form: Pick<FormDef, "pageCount" | "orientation">): PageSize[] {
  const a4 =
    form.orientation === "landscape" ? { widthMm: 297, heightMm: 210 } : { widthMm: 210, heightMm: 297 };
  return Array.from({ length: form.pageCount }, () => a4);
}

/**
 * The form on a new base PDF. Every field keeps what it prints (source, path, expr, format); a field
 * still inside its page keeps its place, a field named like one of the new PDF's own input fields
 * moves onto it, and any other field (beyond the last page, or reaching outside the page) is put
 * back inside the page and listed to be placed again — it is never dropped, so its mapping survives.
 */
export function refitForm(
  form: FormDef,
  pdf: { sha256: string; pageCount: number; pages: PageSize[]; acroFields: FormField[] },
): RefitResult {
  const toPlace: FieldToPlace[] = [];
  let kept = 0;
  const fields = form.fields.map((field): FormField => {
    const own = pdf.acroFields.find((a) => a.name === field.name);
    if (own) {
      kept += 1;
      const { pageIndex, xMm, yMm, widthMm, heightMm } = own;
      return { ...field, pageIndex, xMm, yMm, widthMm, heightMm };
    }
    const page = pdf.pages[field.pageIndex];
    if (!page) {
      toPlace.push({
        name: field.name,
        reason: `${field.pageIndex + 1}ページ目にありましたが、新しいPDFは${pdf.pageCount}ページです`,
      });
      return clampInto({ ...field, pageIndex: pdf.pageCount - 1 }, pdf.pages[pdf.pageCount - 1]);
    }
    if (fits(field, page)) {
      kept += 1;
      return field;
    }
    toPlace.push({ name: field.name, reason: "新しいPDFの用紙からはみ出します" });
    return clampInto(field, page);
  });
  const first = pdf.pages[0];
  return {
    form: {
      ...form,
      basePdfSha256: pdf.sha256,
      pageCount: pdf.pageCount,
      orientation: first && first.widthMm > first.heightMm ? "landscape" : "portrait",
      fields,
    },
    kept,
    toPlace,
  };
}

/** Tolerance for rounding in mm (a field drawn flush with the edge still fits). */
const EPSILON_MM = 0.01;

function fits(field: FormField, page: PageSize): boolean {
  return (
    field.xMm >= -EPSILON_MM &&
    field.yMm >= -EPSILON_MM &&
    field.xMm + field.widthMm <= page.widthMm + EPSILON_MM &&
    field.yMm + field.heightMm <= page.heightMm + EPSILON_MM
  );
}

function clampInto(field: FormField, page: PageSize | undefined): FormField {
  if (!page) return field;
  const widthMm = Math.min(field.widthMm, page.widthMm);
  const heightMm = Math.min(field.heightMm, page.heightMm);
  const xMm = Math.min(Math.max(0, field.xMm), page.widthMm - widthMm);
  const yMm = Math.min(Math.max(0, field.yMm), page.heightMm - heightMm);
  return { ...field, xMm, yMm, widthMm, heightMm };
}
