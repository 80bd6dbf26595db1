import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * Noto Sans JP for the form Designer, from the studio's own origin: the studio runs without
 * internet, so pdfme must never fetch a font from a CDN. Found like packages/pdf/src/font.ts does:
 * node_modules from the working directory upwards (a bundled route gets no path from require.resolve).
 */
const FILE = join("@expo-google-fonts", "noto-sans-jp", "400Regular", "NotoSansJP_400Regular.ttf");
let cached: Uint8Array | undefined;

function fontBytes(): Uint8Array {
  if (cached) return cached;
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", FILE);
    if (existsSync(/*turbopackIgnore: true*/ candidate)) {
      cached = new Uint8Array(readFileSync(/*turbopackIgnore: true*/ candidate));
      return cached;
    }
    if (dirname(dir) === dir) throw new Error("Noto Sans JP not found");
  }
}

export function GET(): Response {
  return new Response(new Blob([new Uint8Array(fontBytes())]), {
    headers: { "Content-Type": "font/ttf", "Cache-Control": "public, max-age=86400" },
  });
}
