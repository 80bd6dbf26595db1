import { PNG } from "pngjs";

export interface PngTolerance {
  /** A pixel differs when any channel differs by more than this (0–255). */
  channelThreshold?: number;
  /** The images match when at most this fraction of pixels differ. */
  maxDifferingFraction?: number;
}

export interface PngComparison {
  match: boolean;
  /** Why it does not match, in Japanese (null when it matches). */
  reason: string | null;
  differingPixels: number;
  differingFraction: number;
  /** The actual image with differing pixels painted red, for a person to look at. */
  diffPng: Buffer | null;
}

/**
 * A tolerant pixel comparison for golden images: anti-aliasing noise passes, a moved or changed text
 * does not. Sizes must be equal; every pixel is compared on R, G, B (alpha composited over white).
 * The defaults fit A4 at 50 dpi (241,605 pixels): up to 12 pixels may differ by more than 32 levels;
 * one changed kanji (一郎 → 三郎 at 12 pt) makes about 25.
 */
export function comparePng(expected: Buffer, actual: Buffer, tolerance: PngTolerance = {}): PngComparison {
  const threshold = tolerance.channelThreshold ?? 32;
  const maxFraction = tolerance.maxDifferingFraction ?? 0.00005;
  const a = PNG.sync.read(expected);
  const b = PNG.sync.read(actual);
  if (a.width !== b.width || a.height !== b.height) {
    return {
      match: false,
      reason: `画像の大きさが違います（期待 ${a.width}×${a.height}、実際 ${b.width}×${b.height}）`,
      differingPixels: Number.NaN,
      differingFraction: 1,
      diffPng: null,
    };
  }
  const diff = new PNG({ width: b.width, height: b.height });
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    let worst = 0;
    for (let c = 0; c < 3; c++)
      worst = Math.max(worst, Math.abs(onWhite(a.data, i, c) - onWhite(b.data, i, c)));
    const gray = Math.round(
      onWhite(b.data, i, 0) * 0.3 + onWhite(b.data, i, 1) * 0.59 + onWhite(b.data, i, 2) * 0.11,
    );
    const bad = worst > threshold;
    if (bad) differing++;
    diff.data[i] = bad ? 255 : 128 + gray / 2;
    diff.data[i + 1] = bad ? 0 : 128 + gray / 2;
    diff.data[i + 2] = bad ? 0 : 128 + gray / 2;
    diff.data[i + 3] = 255;
  }
  const fraction = differing / (b.width * b.height);
  const match = fraction <= maxFraction;
  return {
    match,
    reason: match
      ? null
      : `${differing} 画素（${(fraction * 100).toFixed(3)}%）が違います（許容 ${(maxFraction * 100).toFixed(3)}%）`,
    differingPixels: differing,
    differingFraction: fraction,
    diffPng: match ? null : PNG.sync.write(diff),
  };
}

function onWhite(data: Buffer, i: number, channel: number): number {
  const alpha = (data[i + 3] ?? 255) / 255;
  return (data[i + channel] ?? 0) * alpha + 255 * (1 - alpha);
}
