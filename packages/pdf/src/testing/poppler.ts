import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface PageRange {
  /** 1-based, inclusive. */
  first?: number;
  last?: number;
}

export interface EmbeddedFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
}

/**
 * Real PDF readers (poppler-utils) over bytes, for tests that must see what a printer would see.
 * Each call writes the PDF to its own temp folder, so tests can run in parallel.
 */
export const poppler = {
  /** pdftotext; `layout` keeps columns apart like the printed page, `raw` keeps drawing order. */
  text(pdf: Uint8Array, range: PageRange & { layout?: boolean; raw?: boolean } = {}): string {
    const mode = range.layout ? ["-layout"] : range.raw ? ["-raw"] : [];
    return withPdf(pdf, (file) => run("pdftotext", [...rangeArgs(range), ...mode, file, "-"]));
  },
  pageCount(pdf: Uint8Array): number {
    const info = withPdf(pdf, (file) => run("pdfinfo", [file]));
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? Number.NaN);
  },
  /** Page sizes in PDF points, from pdfinfo. */
  pageSizes(pdf: Uint8Array): { widthPt: number; heightPt: number }[] {
    const info = withPdf(pdf, (file) => run("pdfinfo", ["-f", "1", "-l", "9999", file]));
    return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({
      widthPt: Number(m[1]),
      heightPt: Number(m[2]),
    }));
  },
  fonts(pdf: Uint8Array): EmbeddedFont[] {
    const out = withPdf(pdf, (file) => run("pdffonts", [file]));
    // Columns: name type encoding emb sub uni object ID; the type may contain spaces ("CID TrueType").
    return out
      .split("\n")
      .slice(2)
      .filter((l) => l.trim())
      .map((l) => {
        const m = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.exec(l.trim());
        return {
          name: m?.[1] ?? l,
          type: m?.[2] ?? "",
          embedded: m?.[4] === "yes",
          subset: m?.[5] === "yes",
        };
      });
  },
  /** Words with their boxes in mm from the page's top-left (pdftotext -bbox), page 1-based. */
  words(
    pdf: Uint8Array,
  ): { text: string; page: number; xMm: number; yMm: number; widthMm: number; heightMm: number }[] {
    const html = withPdf(pdf, (file) => run("pdftotext", ["-bbox", file, "-"]));
    const mm = (pt: string | undefined) => (Number(pt) * 25.4) / 72;
    return html
      .split("<page")
      .slice(1)
      .flatMap((page, p) =>
        [
          ...page.matchAll(
            /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
          ),
        ].map((m) => ({
          text: m[5] ?? "",
          page: p + 1,
          xMm: mm(m[1]),
          yMm: mm(m[2]),
          widthMm: mm(m[3]) - mm(m[1]),
          heightMm: mm(m[4]) - mm(m[2]),
        })),
      );
  },
  /** pdftoppm PNG of one page (1-based). */
  png(pdf: Uint8Array, page = 1, dpi = 150): Buffer {
    return withPdf(pdf, (file, dir) => {
      run("pdftoppm", [
        "-png",
        "-r",
        String(dpi),
        "-f",
        String(page),
        "-l",
        String(page),
        "-singlefile",
        file,
        join(dir, "page"),
      ]);
      return readFileSync(join(dir, "page.png"));
    });
  },
  /** Every page as a grayscale PNG (one pdftoppm run), in page order. */
  grayPngs(pdf: Uint8Array, dpi = 50): Buffer[] {
    return withPdf(pdf, (file, dir) => {
      run("pdftoppm", ["-png", "-gray", "-r", String(dpi), file, join(dir, "page")]);
      // pdftoppm pads page numbers to the width of the last one (page-01 … page-12).
      return readdirSync(dir)
        .filter((f) => /^page-\d+\.png$/.test(f))
        .sort((a, b) => Number(a.replace(/\D/g, "")) - Number(b.replace(/\D/g, "")))
        .map((f) => readFileSync(join(dir, f)));
    });
  },
};

function rangeArgs(r: PageRange): string[] {
  return [...(r.first ? ["-f", String(r.first)] : []), ...(r.last ? ["-l", String(r.last)] : [])];
}

function withPdf<T>(pdf: Uint8Array, fn: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "kakanai-pdf-"));
  try {
    const file = join(dir, "in.pdf");
    writeFileSync(file, pdf);
    return fn(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`${cmd} could not run (is poppler-utils installed?): ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}
