/**
 * Regenerates the golden reference PNGs of every demo form, the slip and the おくやみ checklist:
 * `npx tsx packages/pdf/bin/update-golden.ts`. Look at the changed images before committing them;
 * the tests never write references themselves.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { poppler } from "../src/testing";
import { GOLDEN_DIR, GOLDEN_DPI, goldenCases } from "../src/testing/golden-cases";

let total = 0;
let changed = 0;
for (const c of goldenCases()) {
  const dir = join(GOLDEN_DIR, c.name);
  mkdirSync(dir, { recursive: true });
  const pngs = poppler.grayPngs(await c.render(), GOLDEN_DPI);
  if (pngs.length !== c.pageNames.length)
    throw new Error(`${c.name}: ${c.pageNames.length} ページのはずが ${pngs.length} ページでした`);
  const keep = new Set<string>();
  c.pageNames.forEach((name, i) => {
    const file = join(dir, `${name}.png`);
    const png = pngs[i] as Buffer;
    keep.add(`${name}.png`);
    if (!existsSync(file) || !readFileSync(file).equals(png)) {
      writeFileSync(file, png);
      changed++;
      console.log(`更新: ${c.name}/${name}.png`);
    }
  });
  for (const f of readdirSync(dir))
    if (f.endsWith(".png") && !keep.has(f)) {
      rmSync(join(dir, f));
      console.log(`削除: ${c.name}/${f}`);
    }
  for (const f of readdirSync(dir)) total += statSync(join(dir, f)).size;
}
console.log(
  `${changed} 枚を更新しました。基準画像の合計 ${(total / 1024).toFixed(0)} KB（${GOLDEN_DPI} dpi）`,
);
