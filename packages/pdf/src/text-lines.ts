const MM_PER_PT = 25.4 / 72;

/**
 * How many lines `text` takes in a box `widthMm` wide at `fontSizePt`, counting full-width characters
 * as 1 em and ASCII as half. Slightly pessimistic (real kana/kanji advance is 1 em, digits ~0.55 em),
 * so computed rows are never too short for what pdfme then wraps.
 */
export function textLines(text: string, widthMm: number, fontSizePt: number): number {
  const emMm = fontSizePt * MM_PER_PT;
  const perLineEm = Math.max(1, widthMm / emMm);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let em = 0;
    for (const ch of paragraph) em += ch.charCodeAt(0) < 0x7f ? 0.6 : 1;
    lines += Math.max(1, Math.ceil(em / perLineEm));
  }
  return lines;
}

export function lineHeightMm(fontSizePt: number, lineHeight = 1.1): number {
  return fontSizePt * MM_PER_PT * lineHeight;
}
