import type { Plugin, Schema } from "@pdfme/common";

type PdfRender = Plugin<Schema>["pdf"];

/** pdfme's per-generate cache key for a parsed (fontkit) font: getFontKitFont-<fontName>. */
const FONTKIT_KEY = /^getFontKitFont-/;
const LAYOUT_MEMO_MAX = 20_000;

/** Parsed fonts kept for the process: our font map never changes (see font.ts). */
const fontkitFonts = new Map<string, unknown>();

/**
 * Lets pdfme keep its parsed fonts between `generate` calls. pdfme parses the font with fontkit
 * afresh for every document (its cache lives for one call) and measures each text with a full
 * OpenType layout at every size it tries for dynamic font sizing; with a CJK font that was most of
 * a render. The plugin's cache is wrapped so fontkit fonts come from a process-wide map, and their
 * `layout` is memoized (pdfme only reads advance widths from it). Everything else pdfme caches is
 * per document (embedded PDF fonts, field names) and stays in its own map.
 */
export function sharedFontCache<T extends Record<string, { pdf: unknown }>>(plugins: T): T {
  return Object.fromEntries(
    Object.entries(plugins).map(([type, plugin]) => {
      const render = plugin.pdf as PdfRender;
      const pdf: PdfRender = (arg) => render({ ...arg, _cache: withSharedFonts(arg._cache) });
      return [type, { ...plugin, pdf }];
    }),
  ) as T;
}

function withSharedFonts(cache: Map<string | number, unknown>): Map<string | number, unknown> {
  const shared = (key: unknown): key is string => typeof key === "string" && FONTKIT_KEY.test(key);
  return new Proxy(cache, {
    get(target, prop) {
      if (prop === "get") return (key: string) => (shared(key) ? fontkitFonts.get(key) : target.get(key));
      if (prop === "has") return (key: string) => (shared(key) ? fontkitFonts.has(key) : target.has(key));
      if (prop === "delete")
        return (key: string) => (shared(key) ? fontkitFonts.delete(key) : target.delete(key));
      if (prop === "set")
        return (key: string, value: unknown) => {
          if (shared(key)) fontkitFonts.set(key, memoizeLayout(value));
          else target.set(key, value);
          return target;
        };
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

type Layout = (text: string, ...rest: unknown[]) => unknown;

function memoizeLayout(font: unknown): unknown {
  if (!font || typeof font !== "object" || typeof (font as { then?: unknown }).then === "function")
    return font;
  const f = font as { layout?: Layout; __layoutMemo?: true };
  if (typeof f.layout !== "function" || f.__layoutMemo) return font;
  const layout = f.layout.bind(font);
  const memo = new Map<string, unknown>();
  f.layout = (text, ...rest) => {
    if (rest.length > 0 || typeof text !== "string") return layout(text, ...rest);
    let run = memo.get(text);
    if (run === undefined) {
      if (memo.size >= LAYOUT_MEMO_MAX) memo.clear();
      run = layout(text);
      memo.set(text, run);
    }
    return run;
  };
  f.__layoutMemo = true;
  return font;
}
