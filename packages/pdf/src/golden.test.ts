import { readFileSync } from "node:fs";
import { join } from "node:path";
import { demoFormAssets } from "@kakanai/demo-city";
import { type Answers, determine } from "@kakanai/engine";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { renderForms } from "./render-forms";
import { comparePng, poppler } from "./testing";
import { demoBundle } from "./testing/demo-bundles";
import { FILED_ON, GOLDEN_DIR, GOLDEN_DPI, goldenCases } from "./testing/golden-cases";
import { checkGolden } from "./testing/golden-files";

describe("golden images (pdftoppm at 50 dpi against test/golden)", () => {
  for (const c of goldenCases())
    it(`${c.name}: ${c.pageNames.length} pages match their references`, async () => {
      const problems = checkGolden(c, poppler.grayPngs(await c.render(), GOLDEN_DPI));
      expect(problems, problems.join("\n")).toEqual([]);
    }, 60_000);

  it("the comparison fails when one member's name changes on F01, and passes unchanged", async () => {
    const bundle = demoBundle("jumin-idou");
    // The golden F01 is printed from the first flow test (see flowFormCases).
    const answers = structuredClone(bundle.tests[0]?.answers ?? {}) as Answers;
    const f01 = determine(bundle, answers)
      .procedures.flatMap((p) => p.forms)
      .filter((f) => f.formKey === "F01");
    const basePdfs = Object.fromEntries(demoFormAssets.map((a) => [a.sha256, readFileSync(a.path)]));
    const render = (a: Answers) =>
      renderForms({ bundle, answers: a, forms: f01, basePdfs, filedOn: FILED_ON });
    const reference = readFileSync(join(GOLDEN_DIR, "flow-jumin-idou", "F01-1.png"));
    const [same] = poppler.grayPngs(await render(answers), GOLDEN_DPI);
    expect(comparePng(reference, same as Buffer)).toMatchObject({ match: true });
    const members = answers.members as Record<string, unknown>[];
    members[0] = { ...members[0], name: "山田 三郎" };
    const [changed] = poppler.grayPngs(await render(answers), GOLDEN_DPI);
    expect(comparePng(reference, changed as Buffer)).toMatchObject({ match: false });
  }, 30_000);

  it("passes faint anti-aliasing noise and refuses a different size", () => {
    const reference = readFileSync(join(GOLDEN_DIR, "slip", "slip-1.png"));
    const image = PNG.sync.read(reference);
    for (let i = 0; i < image.data.length; i += 4 * 97)
      image.data[i] = Math.max(0, (image.data[i] ?? 0) - 20);
    expect(comparePng(reference, PNG.sync.write(image))).toMatchObject({ match: true });
    const smaller = new PNG({ width: image.width - 1, height: image.height });
    expect(comparePng(reference, PNG.sync.write(smaller)).reason).toContain("大きさが違います");
  });
});
