import type { BasePdf, Schema } from "@pdfme/common";
import { generate } from "@pdfme/generator";
import { ellipse, line, rectangle, text } from "@pdfme/schemas";
import { font } from "./font";
import { markSubsetFonts } from "./mark-subset-fonts";
import { qrPlugin } from "./qr-plugin";
import { sharedFontCache } from "./shared-font-cache";

const plugins = sharedFontCache({ text, rectangle, ellipse, line, qrcode: qrPlugin });

/**
 * One pdfme `generate` call for a whole document: pages of schemas whose `content` holds the value.
 * Values travel as inputs, not readOnly content, so pdfme never expands `{…}` placeholders in a
 * resident's text. Names are made unique here so callers can reuse field names across pages.
 */
export async function generatePdf(pages: Schema[][], basePdf: BasePdf): Promise<Uint8Array> {
  const { template, inputs } = pdfmeTemplate(pages, basePdf);
  const pdf = await generate({ template, inputs, plugins, options: { font: font() } });
  return markSubsetFonts(pdf);
}

/** Our pages as pdfme's template and its one input (exported for the naive benchmark baseline). */
export function pdfmeTemplate(pages: Schema[][], basePdf: BasePdf) {
  const input: Record<string, string> = {};
  const schemas = pages.map((page, p) =>
    page.map((schema, i) => {
      const name = `p${p}_${i}_${schema.name}`;
      input[name] = schema.content ?? "";
      return { ...schema, name, readOnly: false, content: "" };
    }),
  );
  return { template: { basePdf, schemas }, inputs: [input] };
}
