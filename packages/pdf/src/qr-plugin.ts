import type { Plugin, Schema } from "@pdfme/common";
import { fill, popGraphicsState, pushGraphicsState, rectangle, setFillingRgbColor } from "@pdfme/pdf-lib";
import { barcodes } from "@pdfme/schemas";
import QRCode from "qrcode";

const PT_PER_MM = 72 / 25.4;

/**
 * pdfme's qrcode schema, drawn as vector squares instead of a PNG. pdfme renders the code with
 * bwip-js to a large PNG that pdf-lib decodes and deflates again (about a third of a slip's render
 * time); squares are exact at any printer resolution and cost nothing to compress. Error
 * correction M, as bwip-js uses by default; no quiet zone inside the box, as before.
 */
export const qrPlugin: Plugin<Schema> = {
  ...(barcodes.qrcode as unknown as Plugin<Schema>),
  pdf: ({ value, schema, page }) => {
    if (!value) return;
    const { modules } = QRCode.create(value, { errorCorrectionLevel: "M" });
    const sidePt = Math.min(schema.width, schema.height) * PT_PER_MM;
    const cell = sidePt / modules.size;
    const left = schema.position.x * PT_PER_MM;
    const top = page.getHeight() - schema.position.y * PT_PER_MM;
    const ops = [
      pushGraphicsState(),
      setFillingRgbColor(1, 1, 1),
      rectangle(left, top - sidePt, sidePt, sidePt),
      fill(),
    ];
    ops.push(setFillingRgbColor(0, 0, 0));
    for (let row = 0; row < modules.size; row++) {
      // One rectangle per horizontal run of dark modules keeps the content stream short.
      for (let col = 0; col < modules.size; ) {
        if (!modules.get(row, col)) {
          col++;
          continue;
        }
        const start = col;
        while (col < modules.size && modules.get(row, col)) col++;
        ops.push(rectangle(left + start * cell, top - (row + 1) * cell, (col - start) * cell, cell));
      }
    }
    ops.push(fill(), popGraphicsState());
    page.pushOperators(...ops);
  },
};
