import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Font } from "@pdfme/common";

export const FONT_REGULAR = "NotoSansJP";
export const FONT_BOLD = "NotoSansJP-Bold";

let cached: Font | undefined;

/**
 * The pdfme font map, read from disk once per process. Resolved through the package (not __dirname)
 * so it works from vitest, tsx and bundled Next.js route handlers alike. Subset embedding keeps each
 * PDF small; pdfme only embeds the fonts a document actually uses.
 */
export function font(): Font {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve("@expo-google-fonts/noto-sans-jp/package.json"));
  const read = (rel: string) => readFileSync(/*turbopackIgnore: true*/ join(root, rel));
  cached = {
    [FONT_REGULAR]: { data: read("400Regular/NotoSansJP_400Regular.ttf"), fallback: true, subset: true },
    [FONT_BOLD]: { data: read("700Bold/NotoSansJP_700Bold.ttf"), subset: true },
  };
  return cached;
}
