import type { Schema } from "@pdfme/common";
import { FONT_BOLD, FONT_REGULAR } from "./font";

/** Smallest size text shrinks to before it wraps; below this a printed form is unreadable. */
export const MIN_FONT_PT = 5;
const PT_PER_MM = 72 / 25.4;

export interface Box {
  xMm: number;
  yMm: number;
  widthMm: number;
  heightMm: number;
}

export interface TextOptions {
  fontSizePt?: number;
  bold?: boolean;
  align?: "left" | "center" | "right";
  verticalAlign?: "top" | "middle" | "bottom";
  /** Shrink to fit, then wrap (default). false: fixed size, still wrapping. */
  shrink?: boolean;
  color?: string;
}

/**
 * Builders for the pdfme schemas we draw with. Every schema is readOnly with its content inline, so a
 * whole document is one template and one `generate` call with an empty input.
 */
export const pdfSchema = {
  text(name: string, box: Box, content: string, o: TextOptions = {}): Schema {
    // A box's height caps the size so a default never overflows a short row.
    const maxPt = Math.max(MIN_FONT_PT, Math.min(o.fontSizePt ?? 10, box.heightMm * PT_PER_MM * 0.8));
    return {
      ...place(name, "text", box),
      content,
      readOnly: true,
      fontName: o.bold ? FONT_BOLD : FONT_REGULAR,
      fontSize: maxPt,
      alignment: o.align ?? "left",
      verticalAlignment: o.verticalAlign ?? "middle",
      lineHeight: 1.1,
      characterSpacing: 0,
      fontColor: o.color ?? "#000000",
      backgroundColor: "",
      // "horizontal": shrink until the longest paragraph fits on one line; at the minimum, wrap.
      ...(o.shrink === false || surelyFits(content, box, maxPt)
        ? {}
        : { dynamicFontSize: { min: MIN_FONT_PT, max: maxPt, fit: "horizontal" } }),
    };
  },
  rect(name: string, box: Box, o: { borderMm?: number; fill?: string; border?: string } = {}): Schema {
    return {
      ...place(name, "rectangle", box),
      readOnly: true,
      borderWidth: o.borderMm ?? 0.25,
      borderColor: o.border ?? "#000000",
      color: o.fill ?? "",
      radius: 0,
    };
  },
  ellipse(name: string, box: Box, borderMm = 0.3): Schema {
    return {
      ...place(name, "ellipse", box),
      readOnly: true,
      borderWidth: borderMm,
      borderColor: "#000000",
      color: "",
    };
  },
  line(name: string, box: Box, color = "#000000"): Schema {
    return { ...place(name, "line", box), readOnly: true, color };
  },
  qr(name: string, box: Box, content: string): Schema {
    return {
      ...place(name, "qrcode", box),
      content,
      readOnly: true,
      backgroundColor: "#ffffff",
      barColor: "#000000",
    };
  },
};

/**
 * True when one line of `text` fits the box at `sizePt` even if every character were a full em wide
 * (no glyph of Noto Sans JP is wider). pdfme's dynamic sizing measures the text at many sizes, so
 * skipping it for the many short values that obviously fit saves most of a form's layout work.
 */
function surelyFits(text: string, box: Box, sizePt: number): boolean {
  if (text.includes("\n")) return false;
  return [...text].length * sizePt <= box.widthMm * PT_PER_MM;
}

function place(name: string, type: string, b: Box) {
  return {
    name,
    type,
    position: { x: b.xMm, y: b.yMm },
    width: b.widthMm,
    height: b.heightMm,
    rotate: 0,
    opacity: 1,
  };
}
