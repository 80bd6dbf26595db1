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
