import { readFileSync } from "node:fs";
import { demoFormAssets, demoForms } from "@kakanai/demo-city";
import type { DeterminedForm } from "@kakanai/engine";
import { describe, expect, it } from "vitest";
import { FormRenderError } from "./form-render-error";
import { renderForms } from "./render-forms";
import { poppler, sampleHousehold } from "./testing";
import { demoBundle } from "./testing/demo-bundles";

const basePdfs = Object.fromEntries(demoFormAssets.map((a) => [a.sha256, readFileSync(a.path)]));
const bundle = demoBundle("jumin-idou", { allForms: true });

function determined(
  formKey: string,
  members: number[],
  mode: DeterminedForm["mode"] = "household",
): DeterminedForm {
  const def = demoForms.find((f) => f.key === formKey);
  return {
    formKey,
    title: def?.title ?? formKey,
    departmentKey: def?.departmentKey ?? "",
    mode,
    members,
    sheets: 1,
  };
}

const render = (size: number, forms: DeterminedForm[]) =>
  renderForms({ bundle, answers: sampleHousehold(size), forms, basePdfs, filedOn: "2025-04-03" });

describe("renderForms F01 住民異動届", () => {
  it("fills names, カナ and 和暦 birth dates on the base PDF", async () => {
    const pdf = await render(4, [determined("F01", [0, 1, 2, 3])]);
    expect(poppler.pageCount(pdf)).toBe(1);
    const text = poppler.text(pdf);
    for (const s of [
      "住民異動届",
      "山田 太郎",
      "ヤマダ タロウ",
      "平成2年5月10日",
      "山田 花子",
      "平成4年11月3日",
      "令和元年5月1日",
      "令和3年2月14日",
      "世帯主",
      "本町2-3-4",
      "梅田ハイツ203",
    ])
      expect(text).toContain(s);
    expect(text).not.toContain("1/1");
  });

  it("continues a 7-person household on a second sheet marked 2/2", async () => {
    const pdf = await render(7, [determined("F01", [0, 1, 2, 3, 4, 5, 6])]);
    expect(poppler.pageCount(pdf)).toBe(2);
    const first = poppler.text(pdf, { first: 1, last: 1 });
    const second = poppler.text(pdf, { first: 2, last: 2 });
    expect(first).toContain("1/2");
    expect(first).toContain("山田 次郎");
    expect(first).not.toContain("山田 梅子");
    for (const s of [
      "2/2",
      "山田 梅子",
      "昭和25年1月20日",
      "山田 松男",
      "昭和23年12月31日",
      "山田 桜",
      "令和5年7月7日",
    ])
      expect(second).toContain(s);
    expect(second).not.toContain("山田 花子");
  });

  it("embeds the Japanese font as a subset", async () => {
    const fonts = poppler.fonts(await render(2, [determined("F01", [0, 1])]));
    const noto = fonts.filter((f) => f.name.includes("NotoSansJP"));
    expect(noto.length).toBeGreaterThan(0);
    for (const f of noto) expect(f).toMatchObject({ embedded: true, subset: true });
  });

  it("refuses clearly when a base PDF is missing", async () => {
    const run = renderForms({
      bundle,
      answers: sampleHousehold(1),
      forms: [determined("F01", [0])],
      basePdfs: {},
      filedOn: "2025-04-03",
    });
    await expect(run).rejects.toBeInstanceOf(FormRenderError);
    await expect(run).rejects.toThrow(/F01 住民異動届/);
  });
});

describe("renderForms packet", () => {
  it("prints F07 (landscape, 2 pages), F21 and a generated F24 in order in one PDF", async () => {
    const pdf = await render(4, [
      determined("F07", [0, 1, 2, 3]),
      determined("F21", [2, 3]),
      determined("F24", [3], "each"),
    ]);
    const sizes = poppler.pageSizes(pdf);
    expect(sizes).toHaveLength(4);
    expect(sizes[0]?.widthPt).toBeGreaterThan(sizes[0]?.heightPt ?? 0);
    expect(poppler.text(pdf, { first: 1, last: 1 })).toContain("被保険者資格取得届");
    const f21 = poppler.text(pdf, { first: 3, last: 3 });
    // Claimant is members[childAllowanceClaimant] = 山田 太郎, his wife the 配偶者; rows are the two children.
    for (const s of ["認定請求書", "ヤマダ タロウ", "山田 一郎", "山田 次郎", "090-1234-5678", "山田 花子"])
      expect(f21).toContain(s);
    expect(f21.match(/山田 花子/g)).toHaveLength(1);
    const f24 = poppler.text(pdf, { first: 4, last: 4 });
    // Printed from 転入 and from 出生 alike: only the address in the city, no move.
    for (const s of ["乳幼児医療費助成", "山田 次郎", "令和3年2月14日", "令和7年4月3日", "本町2-3-4"])
      expect(f24).toContain(s);
  });
});
