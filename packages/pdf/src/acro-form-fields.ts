import type { FormField } from "@kakanai/engine";
import { PDFCheckBox, type PDFDocument, PDFRadioGroup } from "@pdfme/pdf-lib";

const MM_PER_PT = 25.4 / 72;
const round = (mm: number) => Math.round(mm * 10) / 10;

/**
 * The fill-in fields of a fillable PDF (AcroForm) as ready-placed form fields: one per widget, at the
 * widget's rectangle converted from PDF points (origin bottom-left of the page's MediaBox) to mm from
 * the top-left. Check boxes and radio buttons become `check`; every other kind `text`. No path is
 * set: which answer goes where is decided in the editor. Fields of a broken AcroForm are skipped.
 */
export function acroFormFields(doc: PDFDocument): FormField[] {
  let fields: ReturnType<ReturnType<PDFDocument["getForm"]>["getFields"]>;
  try {
    fields = doc.getForm().getFields();
  } catch {
    return [];
  }
  const pages = doc.getPages();
  const out: FormField[] = [];
  for (const f of fields) {
    const check = f instanceof PDFCheckBox || f instanceof PDFRadioGroup;
    const widgets = f.acroField.getWidgets();
    widgets.forEach((widget, i) => {
      const ref = doc.context.getObjectRef(widget.dict);
      const page = (ref && doc.findPageForAnnotationRef(ref)) ?? pages[0];
      if (!page) return;
      const pageIndex = Math.max(0, pages.indexOf(page));
      const box = page.getMediaBox();
      const rect = normalized(widget.getRectangle());
      out.push({
        name: widgets.length > 1 ? `${f.getName()}#${i}` : f.getName(),
        type: check ? "check" : "text",
        format: check ? "check" : "text",
        pageIndex,
        xMm: round((rect.x - box.x) * MM_PER_PT),
        yMm: round((box.y + box.height - rect.y - rect.height) * MM_PER_PT),
        widthMm: Math.max(0.1, round(rect.width * MM_PER_PT)),
        heightMm: Math.max(0.1, round(rect.height * MM_PER_PT)),
      });
    });
  }
  return out;
}

/** A /Rect may list its corners in any order. */
function normalized(r: { x: number; y: number; width: number; height: number }) {
  return {
    x: Math.min(r.x, r.x + r.width),
    y: Math.min(r.y, r.y + r.height),
    width: Math.abs(r.width),
    height: Math.abs(r.height),
  };
}
