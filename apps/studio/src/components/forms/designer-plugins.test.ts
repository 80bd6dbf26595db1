import { ellipse } from "@pdfme/schemas";
import { describe, expect, it } from "vitest";
import { designerPlugins } from "./designer-plugins";
import { fromTemplate } from "./pdfme-template";

describe("the Designer's ○ tool", () => {
  it("drops a 6×6 mm circle (pdfme's own ellipse is 62.5×37.5 mm) that reads back as a ○ field", () => {
    expect(ellipse.propPanel.defaultSchema).toMatchObject({ width: 62.5, height: 37.5 });
    const dropped = designerPlugins.丸.propPanel.defaultSchema;
    expect(dropped).toMatchObject({ type: "ellipse", width: 6, height: 6 });
    const fields = fromTemplate(
      {
        basePdf: { width: 210, height: 297, padding: [0, 0, 0, 0] },
        schemas: [[{ ...dropped, name: "丸1", position: { x: 30, y: 40 } }]],
      },
      [],
    );
    expect(fields).toEqual([
      expect.objectContaining({ name: "丸1", type: "circle", widthMm: 6, heightMm: 6 }),
    ]);
  });
});
