import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { demoFormAssets, demoForms } from "../../../db/demo-city/forms";
import { renderForms } from "./render-forms";
import { comparePng, poppler } from "./testing";
import { GOLDEN_DIR, GOLDEN_DPI, goldenCases, goldenHousehold } from "./testing/golden-cases";
import { checkGolden } from "./testing/golden-files";

describe("golden images (pdftoppm at 50 dpi against test/golden)", () => {
  for (const c of goldenCases())
    it(`${c.name}: ${c.pageNames.length} pages match their references`, async () => {
      const problems = checkGolden(c, poppler.grayPngs(await c.render(), GOLDEN_DPI));
      expect(problems, problems.join("\n")).toEqual([]);
    }, 60_000);

  it("the comparison fails when one member's name changes on F01", async () => {
    const answers = goldenHousehold();
    const members = answers.members as Record<string, unknown>[];
    members[2] = { ...members[2], name: "山田 三郎" };
    const basePdfs = Object.fromEntries(demoFormAssets.map((a) => [a.sha256, readFileSync(a.path)]));
    const f01 = demoForms.find((f) => f.key === "F01");
    const pdf = await renderForms({
      bundle: { forms: demoForms },
      answers,
      forms: [
        {
          formKey: "F01",
          title: f01?.title ?? "",
          departmentKey: "shimin",
          mode: "household",
          members: [0, 1, 2, 3, 4, 5, 6],
          sheets: 1,
        },
      ],
      basePdfs,
      filedOn: "2025-04-03",
    });
    const reference = readFileSync(join(GOLDEN_DIR, "forms-jumin", "F01-1.png"));
    const [changed, unchanged] = poppler.grayPngs(pdf, GOLDEN_DPI);
    expect(comparePng(reference, changed as Buffer)).toMatchObject({ match: false });
    // The second sheet (members 5–7) does not show 山田 一郎, so it still matches.
    const second = readFileSync(join(GOLDEN_DIR, "forms-jumin", "F01-2.png"));
    expect(comparePng(second, unchanged as Buffer)).toMatchObject({ match: true });
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
