import { createHash } from "node:crypto";
import { PDFDict, PDFDocument, PDFName } from "@pdfme/pdf-lib";

/**
 * pdf-lib subsets embedded fonts but names them "NotoSansJP-Regular-1234" instead of the tagged
 * "ABCDEF+NotoSansJP-Regular" that PDF 32000 §9.6.4 asks of a subset, so readers (pdffonts,
 * preflight tools, print shops) would take it for a full embed. This renames them in place.
 */
export async function markSubsetFonts(pdf: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    for (const key of ["BaseFont", "FontName"]) {
      const name = object.get(PDFName.of(key));
      if (!(name instanceof PDFName)) continue;
      const value = name.decodeText();
      if (/^[A-Z]{6}\+/.test(value) || !/-\d+$/.test(value)) continue;
      const base = value.replace(/-\d+$/, "");
      object.set(PDFName.of(key), PDFName.of(`${subsetTag(value)}+${base}`));
    }
  }
  return doc.save();
}

/** Six upper-case letters derived from the embed's unique name, so two subsets never share a tag. */
function subsetTag(seed: string): string {
  const digest = createHash("sha256").update(seed).digest();
  return Array.from(digest.subarray(0, 6), (b) => String.fromCharCode(65 + (b % 26))).join("");
}
