import { prepareZXingModule, readBarcodes, type ZXingModuleOverrides } from "zxing-wasm/reader";

/**
 * The camera mode's QR reader: zxing-cpp compiled to WebAssembly (zxing-wasm, reader build only).
 * This module is imported on demand when the camera opens, so /scan itself stays light. The caller
 * says where the .wasm comes from — the counter serves its own copy (never the package's default CDN);
 * a test passes the bytes.
 */
export type QrDecode = (image: ImageData | Uint8Array) => Promise<string | null>;

export async function createQrDecoder(overrides: ZXingModuleOverrides): Promise<QrDecode> {
  // Instantiates the module now (fireImmediately), so a missing or refused .wasm fails here, once.
  await prepareZXingModule({ overrides, fireImmediately: true });
  return async (image) => {
    const [found] = await readBarcodes(image, {
      formats: ["QRCode"],
      tryHarder: true,
      maxNumberOfSymbols: 1,
    });
    return found?.isValid ? found.text : null;
  };
}
