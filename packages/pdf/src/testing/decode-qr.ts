import { spawnSync } from "node:child_process";
import jsQR from "jsqr";
import { PNG } from "pngjs";

/**
 * Decodes the QR code in a PNG with jsQR, a reader independent of the encoder (bwip-js) pdfme uses.
 * Returns null when no code is found.
 */
export function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  const found = jsQR(
    new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length),
    image.width,
    image.height,
  );
  return found?.data ?? null;
}

/** The same with ZBar (zbarimg), a second reader written in C; null when no code is found. */
export function decodeQrZbar(png: Buffer): string | null {
  const r = spawnSync("zbarimg", ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", "-"], {
    input: png,
    encoding: "utf8",
  });
  if (r.error) throw new Error(`zbarimg could not run (is zbar-tools installed?): ${r.error.message}`);
  return r.status === 0 ? r.stdout.replace(/\n$/, "") : null;
}
