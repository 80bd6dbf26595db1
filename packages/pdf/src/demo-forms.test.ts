import { readFileSync, writeFileSync } from "node:fs";
import { demoFormAssets, demoForms } from "@kakanai/demo-city";
import { type Answers, formatWareki, warekiParts } from "@kakanai/engine";
import { describe, expect, it } from "vitest";
import { renderForms } from "./render-forms";
import { poppler, sampleBirth, sampleHousehold } from "./testing";
import { type DemoFlowKey, demoBundle } from "./testing/demo-bundles";
import { SAMPLE_BIRTH_FORMS, SAMPLE_FORM_MEMBERS, samplePacket } from "./testing/sample-packet";

const basePdfs = Object.fromEntries(demoFormAssets.map((a) => [a.sha256, readFileSync(a.path)]));
const FILED_ON = "2025-04-03";

/** Renders one packet and returns each form's first-page text, by form key. */
async function renderEach(
  answers: Answers,
  keys: string[],
  flow: DemoFlowKey = "jumin-idou",
): Promise<Record<string, string>> {
  const pdf = await renderForms({
    bundle: demoBundle(flow, { allForms: true }),
    answers,
    forms: samplePacket(keys),
    basePdfs,
    filedOn: FILED_ON,
  });
  if (process.env.KAKANAI_PDF_OUT) writeFileSync(`${process.env.KAKANAI_PDF_OUT}-${keys[0]}.pdf`, pdf);
  const pages = poppler.text(pdf).split("\f");
  const out: Record<string, string> = {};
  let page = 0;
  for (const key of keys) {
    out[key] = pages[page] ?? "";
    page += demoForms.find((f) => f.key === key)?.pageCount ?? 1;
  }
  expect(pages.filter((p) => p.trim()).length).toBe(page);
  return out;
}

describe("demo forms F01–F30", () => {
  it("defines every key from F01 to F30 once, then the おくやみ O-F01–O-F09, with unique titles, in key order", () => {
    const keys = Array.from({ length: 30 }, (_, i) => `F${String(i + 1).padStart(2, "0")}`);
    const okuyami = Array.from({ length: 9 }, (_, i) => `O-F0${i + 1}`);
    expect(demoForms.map((f) => f.key)).toEqual([...keys, ...okuyami, "X-F01"]);
    // Titles are unique within a flow's forms; 資格喪失届 and 受給事由消滅届 exist for 転出 and for 死亡.
    const titles = (prefix: string) =>
      new Set(demoForms.filter((f) => f.key.startsWith(prefix)).map((f) => f.title));
    expect(titles("F").size).toBe(30);
    expect(titles("O-F").size).toBe(9);
  });

  it("prints each 住民異動 form's member, 和暦 birth date, address, applicant and 届出日", async () => {
    const household = sampleHousehold(7);
    const members = household.members as { name: string; birthDate: string }[];
    members[0] = { ...members[0], wantsResidenceCertificate: 2 } as (typeof members)[0];
    members[1] = {
      ...members[1],
      wantsResidenceCertificate: 1,
      handbooks: ["physical", "mental"],
    } as (typeof members)[0];
    const texts = await renderEach(household, Object.keys(SAMPLE_FORM_MEMBERS));
    for (const [key, text] of Object.entries(texts)) {
      const def = demoForms.find((f) => f.key === key);
      const first = members[SAMPLE_FORM_MEMBERS[key]?.[0] ?? 0];
      const where = `${key} ${def?.title}`;
      // An uploaded original prints its own wording of the title (児童手当・特例給付認定請求書).
      const title = def?.title.replace(/\s/g, "") ?? "";
      expect(text.replace(/\s/g, ""), where).toContain(def?.basePdfSha256 ? title.slice(0, 4) : title);
      expect(text, where).toContain(first?.name);
      // Base PDFs pre-print 昭・平・令 and 年月日 around the slots; generated forms print the whole date.
      const birth = warekiParts(first?.birthDate ?? "");
      // F04 is one request for everyone: names with their copies, no person rows.
      if (key === "F04") continue;
      if (def?.basePdfSha256)
        expect(text.replace(/\s/g, ""), where).toContain(
          `${birth.yearLabel}年${birth.month}月${birth.day}日`,
        );
      else expect(text, where).toContain(formatWareki(first?.birthDate ?? ""));
      expect(text, where).toContain("本町");
      if (!def?.basePdfSha256) {
        expect(text, where).toContain("令和7年4月3日");
        expect(text, where).toContain("山田 太郎");
        expect(text, where).toContain("ヤマダ タロウ");
      }
    }
    expect(texts.F04?.replace(/\s/g, "")).toContain("合計部数3通");
    expect(texts.F04?.replace(/\s/g, "")).toContain("山田太郎（2通）、山田花子（1通）");
    expect(texts.F20).toContain("身体障害者手帳、精神障害者保健福祉手帳");
    expect(texts.F08).toContain("転出先");
    expect(texts.F22).toContain("山田 次郎");
  }, 30_000);

  it("prints the 出生 forms from the baby, parents and address answers", async () => {
    const texts = await renderEach(sampleBirth(), SAMPLE_BIRTH_FORMS, "shussei");
    for (const [key, text] of Object.entries(texts)) {
      for (const s of [
        "東雲 陽菜",
        "シノノメ ヒナ",
        "令和7年3月20日",
        "本町5-6-7",
        "東雲 健太",
        "令和7年4月3日",
      ])
        expect(text, key).toContain(s);
    }
    expect(texts.F05).toContain("平成6年8月15日");
    expect(texts.F13).toContain("東雲 美咲");
  });
});
