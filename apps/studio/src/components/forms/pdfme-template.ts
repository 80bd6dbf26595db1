import type { FormField } from "@kakanai/engine";
import type { Schema, Template } from "@pdfme/common";

/** Our field types as pdfme schema types (plugins registered in form-designer.tsx); both use mm. */
const toPdfme: Record<FormField["type"], string> = {
  text: "text",
  digits: "text",
  check: "checkbox",
  circle: "ellipse",
  qr: "qrcode",
};
const fromPdfme: Record<string, FormField["type"]> = {
  text: "text",
  checkbox: "check",
  ellipse: "circle",
  qrcode: "qr",
};

/** The form's fields as a pdfme template over its base PDF (or blank A4 pages). */
export function toTemplate(fields: FormField[], basePdf: Template["basePdf"], pageCount: number): Template {
  const schemas: Schema[][] = Array.from({ length: pageCount }, () => []);
  for (const f of fields) {
    const page = schemas[Math.min(f.pageIndex, pageCount - 1)];
    page?.push({
      name: f.name,
      type: toPdfme[f.type],
      position: { x: f.xMm, y: f.yMm },
      width: f.widthMm,
      height: f.heightMm,
      content: f.type === "text" || f.type === "digits" ? f.name : f.type === "qr" ? "K1" : "",
      ...(f.type === "text" || f.type === "digits"
        ? { fontName: "NotoSansJP", fontSize: f.fontSizePt ?? 10, fontColor: "#1a56c4" }
        : {}),
      ...(f.type === "circle" ? { borderColor: "#1a56c4", borderWidth: 0.4, color: "" } : {}),
    } as Schema);
  }
  return { basePdf, schemas };
}

const round = (mm: number) => Math.round(mm * 10) / 10;

/**
 * The Designer's boxes back into fields: moved or resized fields keep their mapping, fields added in
 * the Designer arrive unmapped, fields deleted there are gone. Order: existing first, then new.
 */
export function fromTemplate(template: Template, fields: FormField[]): FormField[] {
  const placed = new Map<string, { schema: Schema; pageIndex: number }>();
  template.schemas.forEach((page, pageIndex) => {
    for (const schema of page) placed.set(schema.name, { schema, pageIndex });
  });
  const geometry = (schema: Schema, pageIndex: number) => ({
    pageIndex,
    xMm: round(schema.position.x),
    yMm: round(schema.position.y),
    widthMm: Math.max(0.1, round(schema.width)),
    heightMm: Math.max(0.1, round(schema.height)),
  });
  const kept = fields.flatMap((f) => {
    const p = placed.get(f.name);
    if (!p) return [];
    placed.delete(f.name);
    return [{ ...f, ...geometry(p.schema, p.pageIndex) }];
  });
  const added = [...placed.values()].map(({ schema, pageIndex }): FormField => {
    const type = fromPdfme[schema.type] ?? "text";
    return {
      name: schema.name,
      type,
      format: type === "circle" ? "circle" : type === "check" ? "check" : "text",
      path: "",
      ...geometry(schema, pageIndex),
    };
  });
  return [...kept, ...added];
}
