import { existsSync, readFileSync } from "node:fs";
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
  cached ??= readFont();
  return cached;
}

/** Reads both weights from disk, every call: for the benchmark's naive baseline; use font() instead. */
export function readFont(): Font {
  const root = fontPackageDir();
  const read = (rel: string) => readFileSync(/*turbopackIgnore: true*/ join(root, rel));
  return {
    [FONT_REGULAR]: { data: read("400Regular/NotoSansJP_400Regular.ttf"), fallback: true, subset: true },
    [FONT_BOLD]: { data: read("700Bold/NotoSansJP_700Bold.ttf"), subset: true },
  };
}

const FONT_PACKAGE = "@expo-google-fonts/noto-sans-jp";

/**
 * Where the font package lives. Node (vitest, tsx) resolves it through the module system; a bundled
 * Next.js route handler gets a module id instead of a path from require.resolve, so there we look
 * for node_modules from the working directory upwards, as Node itself would.
 */
function fontPackageDir(): string {
  try {
    const resolved: unknown = createRequire(import.meta.url).resolve(`${FONT_PACKAGE}/package.json`);
    if (typeof resolved === "string" && existsSync(resolved)) return dirname(resolved);
  } catch {
    // fall through to the directory walk
  }
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", FONT_PACKAGE);
    if (existsSync(/*turbopackIgnore: true*/ candidate)) return candidate;
    if (dirname(dir) === dir) break;
  }
  throw new Error(`日本語フォント (${FONT_PACKAGE}) が見つかりません。npm ci を実行してください。`);
}
