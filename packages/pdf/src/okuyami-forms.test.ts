import { writeFileSync } from "node:fs";
import { demoForms } from "@kakanai/demo-city";
import { formatWareki } from "@kakanai/engine";
import { describe, expect, it } from "vitest";
import { renderForms } from "./render-forms";
import { poppler, sampleBereavement } from "./testing";
import { demoBundle } from "./testing/demo-bundles";
import { okuyamiPacket } from "./testing/golden-cases";

const FILED_ON = "2025-04-03";

/** Renders O-F01–O-F09 for the sample bereavement and returns each form's page text, by form key. */
async function renderOkuyami(answers = sampleBereavement().answers): Promise<Record<string, string>> {
  const forms = okuyamiPacket();
  const pdf = await renderForms({
    bundle: demoBundle("okuyami", { allForms: true }),
    answers,
    forms,
    basePdfs: {},
    filedOn: FILED_ON,
  });
  if (process.env.KAKANAI_PDF_OUT) writeFileSync(`${process.env.KAKANAI_PDF_OUT}-okuyami.pdf`, pdf);
  const pages = poppler.text(pdf).split("\f");
  expect(pages.filter((p) => p.trim())).toHaveLength(forms.length);
  return Object.fromEntries(forms.map((f, i) => [f.formKey, pages[i] ?? ""]));
}

const flat = (s: string) => s.replace(/\s/g, "");

describe("おくやみ forms O-F01–O-F09", () => {
  it("prints on every form its title, the deceased, the 和暦 dates, the 届出人 and the 届出日", async () => {
    const texts = await renderOkuyami();
    expect(Object.keys(texts)).toEqual(Array.from({ length: 9 }, (_, i) => `O-F0${i + 1}`));
    for (const [key, text] of Object.entries(texts)) {
      const title = demoForms.find((f) => f.key === key)?.title ?? "?";
      expect(flat(text), key).toContain(flat(title));
      for (const s of [
        "故 東雲 一郎",
        "シノノメ イチロウ",
        "昭和25年1月10日",
        "令和7年4月1日",
        "本町1-2-3",
        "東雲 花子",
        "妻",
        "令和7年4月3日",
      ])
        expect(text, key).toContain(s);
    }
  }, 30_000);

  it("pays the 葬祭費 to the 喪主 and the 介護保険 refund to the 相続人代表, each on their own form only", async () => {
    const texts = await renderOkuyami();
    expect(texts["O-F03"]).toContain("東雲 太郎");
    expect(flat(texts["O-F03"] ?? "")).toContain(flat("東雲銀行 本店 普通 7654321"));
    expect(texts["O-F03"]).toContain("国民健康保険");
    expect(texts["O-F06"]).toContain("東雲 次郎");
    expect(flat(texts["O-F06"] ?? "")).toContain(flat("みなと銀行 横浜支店 普通 1122334"));
    expect(texts["O-F09"]).toContain("東雲 次郎");
    expect(texts["O-F09"]).toContain("神奈川県横浜市西区");
    // 固定資産 needs no account; no other form names the 喪主.
    expect(texts["O-F09"]).not.toContain("みなと銀行");
    for (const key of ["O-F01", "O-F02", "O-F05", "O-F09"])
      expect(texts[key], key).not.toContain("東雲 太郎");
  }, 30_000);

  it("prints the 資格喪失日 as the day after death and follows the answers", async () => {
    const answers = sampleBereavement().answers;
    const deceased = answers.deceased as Record<string, unknown>;
    answers.deceased = { ...deceased, deathDate: "2025-04-30", handbooks: ["intellectual", "mental"] };
    const texts = await renderOkuyami(answers);
    for (const key of ["O-F02", "O-F04", "O-F06"]) {
      expect(texts[key], key).toContain(formatWareki("2025-04-30"));
      expect(texts[key], key).toContain("令和7年5月1日");
    }
    expect(texts["O-F07"]).toContain("愛の手帳、精神障害者保健福祉手帳");
    expect(texts["O-F01"]?.replace(/\s/g, "")).toContain("残る世帯員2人");
  }, 30_000);
});
