import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { createQrDecoder } from "./qr-decoder";

const wasm = readFileSync(createRequire(import.meta.url).resolve("zxing-wasm/reader/zxing_reader.wasm"));
const decoder = createQrDecoder({
  wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength),
});
// The shape of a slip code (K1.<reception>.<expiry>.<MAC>), as the 案内票 prints it.
const slipLike = "K1.ABCDEFGHIJKLMNOPQRSTUVWXYZ.ABCDEFGH.ABCDEFGHIJKLMNOP";

describe("camera QR decoder (zxing-wasm, the same module the camera mode loads)", () => {
  it("reads a slip code from a QR image made by another encoder", async () => {
    const png = await QRCode.toBuffer(slipLike, { scale: 6, margin: 4 });
    expect(await (await decoder)(new Uint8Array(png))).toBe(slipLike);
  });

  it("reads a small, low-contrast QR too (a phone held far from the laptop camera)", async () => {
    const png = await QRCode.toBuffer(slipLike, {
      scale: 2,
      margin: 2,
      color: { dark: "#555555", light: "#dddddd" },
    });
    expect(await (await decoder)(new Uint8Array(png))).toBe(slipLike);
  });

  it("finds nothing in an image without a QR code", async () => {
    // A QR's PNG with every dark module painted light: same size and format, no code.
    const png = await QRCode.toBuffer(slipLike, { scale: 6, color: { dark: "#ffffff", light: "#ffffff" } });
    expect(await (await decoder)(new Uint8Array(png))).toBeNull();
  });
});
