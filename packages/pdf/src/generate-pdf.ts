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
  const input: Record<string, string> = {};
  const schemas = pages.map((page, p) =>
    page.map((schema, i) => {
      const name = `p${p}_${i}_${schema.name}`;
      input[name] = schema.content ?? "";
      return { ...schema, name, readOnly: false, content: "" };
    }),
  );
  const pdf = await generate({
    template: { basePdf, schemas },
    inputs: [input],
    plugins,
    options: { font: font() },
  });
  return markSubsetFonts(pdf);
}
