import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { comparePng } from "./compare-png";
import { GOLDEN_DIR, type GoldenCase } from "./golden-cases";

export const UPDATE_COMMAND = "npx tsx packages/pdf/bin/update-golden.ts";
/** Where a failing comparison leaves the actual page and a diff (red = differing pixels). */
export const GOLDEN_OUT = join(tmpdir(), "kakanai-golden-out");

/**
 * Compares one case's rendered pages with its committed references; returns one Japanese message per
 * problem (empty when all pages match). Never writes a reference: only the update script does.
 */
export function checkGolden(c: GoldenCase, pngs: Buffer[]): string[] {
  const problems: string[] = [];
  const dir = join(GOLDEN_DIR, c.name);
  if (pngs.length !== c.pageNames.length)
    problems.push(`${c.name}: ${c.pageNames.length} ページのはずが ${pngs.length} ページでした`);
  c.pageNames.forEach((name, i) => {
    const file = join(dir, `${name}.png`);
    const actual = pngs[i];
    if (!actual) return;
    if (!existsSync(file)) {
      problems.push(
        `${c.name}/${name}.png の基準画像がありません。「${UPDATE_COMMAND}」で作成し、画像を目で確かめてからコミットしてください。`,
      );
      return;
    }
    const result = comparePng(readFileSync(file), actual);
    if (result.match) return;
    const out = join(GOLDEN_OUT, c.name);
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, `${name}.actual.png`), actual);
    if (result.diffPng) writeFileSync(join(out, `${name}.diff.png`), result.diffPng);
    problems.push(
      `${c.name}/${name}.png: ${result.reason}。実際の画像と差分は ${out} にあります。意図した変更なら「${UPDATE_COMMAND}」で更新してください。`,
    );
  });
  const expected = new Set(c.pageNames.map((n) => `${n}.png`));
  const stale = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".png") && !expected.has(f)) : [];
  for (const f of stale)
    problems.push(
      `${c.name}/${f} はどのページにも対応しない古い基準画像です。「${UPDATE_COMMAND}」で整理してください。`,
    );
  return problems;
}
