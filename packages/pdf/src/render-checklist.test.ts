import type { Determination } from "@kakanai/engine";
import { describe, expect, it } from "vitest";
import { renderChecklist } from "./render-checklist";
import { poppler, sampleBereavement } from "./testing";

const checklist = (determination?: Determination, issuedOn = "2025-04-03") => {
  const sample = sampleBereavement();
  return renderChecklist({
    municipalityName: "東雲市",
    receptionNumber: "B-0007",
    issuedOn,
    deceasedName: sample.deceasedName,
    determination: determination ?? sample.determination,
  });
};

/** The sample with every shimin procedure repeated `times` times, to overflow one page. */
function long(times: number): Determination {
  const { determination } = sampleBereavement();
  const departments = determination.departments.map((d) =>
    d.key !== "shimin"
      ? d
      : {
          ...d,
          procedures: Array.from({ length: times }, (_, i) =>
            d.procedures.map((p) => ({ ...p, key: `${p.key}-${i}`, title: `${p.title} ${i + 1}` })),
          ).flat(),
        },
  );
  return { ...determination, departments, procedures: departments.flatMap((d) => d.procedures) };
}

describe("renderChecklist (おくやみ)", () => {
  it("prints 故 before the deceased's name and 「期限は今日まで」 where a deadline is the day it is handed over", async () => {
    const text = poppler.text(await checklist(undefined, "2025-04-15"));
    expect(text).toContain("故 東雲 一郎 様");
    // 世帯主変更届 and 国保 are due 2025-04-15, the day of issue; 葬祭費 (2027) is not.
    expect(text.match(/期限は今日まで/g)).toHaveLength(
      sampleBereavement().determination.procedures.filter((p) => p.deadline === "2025-04-15").length,
    );
    expect(text.replace(/\s/g, "")).toContain("令和9年4月1日まで");
    // On another day nothing is due today.
    expect(poppler.text(await checklist())).not.toContain("期限は今日まで");
  }, 30_000);

  it("lists every procedure with department, counter, 和暦 deadline and what to bring on one A4 page", async () => {
    const pdf = await checklist();
    expect(poppler.pageSizes(pdf)).toEqual([{ widthPt: 595.266, heightPt: 841.876 }]);
    const text = poppler.text(pdf);
    for (const s of [
      "おくやみ手続きチェックリスト",
      "故 東雲 一郎 様",
      "令和7年4月1日",
      "B-0007",
      "発行日",
      "令和7年4月3日",
      "世帯主変更届",
      "市民課",
      "1階 1番",
      "令和7年4月15日",
      "葬祭費 支給申請",
      "令和9年4月1日",
      "令和7年4月11日",
      "犬の死亡届",
      "環境政策課",
      "3階 36番",
      "令和7年5月1日",
      "□ 犬の鑑札",
      "期限なし",
    ])
      expect(text).toContain(s);
    expect(text.match(/^済$/m)).not.toBeNull();
  });

  it("continues a long list on a second page with the table header and 受付番号 repeated", async () => {
    const pdf = await checklist(long(8));
    expect(poppler.pageCount(pdf)).toBe(2);
    const second = poppler.text(pdf, { first: 2, last: 2 });
    for (const s of ["（続き）", "B-0007", "お持ちいただくもの", "犬の死亡届", "2/2"])
      expect(second).toContain(s);
  });

  it("says so when nothing applies", async () => {
    const text = poppler.text(
      await checklist({ referenceDate: "2025-04-01", procedures: [], departments: [] }),
    );
    expect(text).toContain("お手続きが必要なものは見つかりませんでした。");
  });

  it("embeds a subset of the Japanese font", async () => {
    for (const f of poppler.fonts(await checklist()))
      expect(f).toMatchObject({ embedded: true, subset: true });
  });
});
