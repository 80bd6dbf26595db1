import { describe, expect, it } from "vitest";
import { renderSlip } from "./render-slip";
import { decodeQr, decodeQrZbar, poppler, sampleDetermination } from "./testing";

const qrText = "K1.7Q2M4XK9ZB3N5TPLWD6R8YHC.C4N2X7Q.MZ3K9P2LQW7D4XRT";
const slip = (extra = 0) =>
  renderSlip({
    municipalityName: "東雲市",
    receptionNumber: "A-0042",
    flowTitle: "住民異動",
    issuedOn: "2025-04-01",
    determination: sampleDetermination(extra),
    qrText,
  });

describe("renderSlip", () => {
  it("prints departments, counters, 和暦 dates and the reception number", async () => {
    const text = poppler.text(await slip());
    for (const s of [
      "手続き案内票",
      "A-0042",
      "令和7年4月1日",
      "市民課",
      "1階 1番",
      "保険年金課",
      "1階 5番",
      "こども育成課",
      "2階 25番",
      "住民異動届",
      "令和7年4月15日まで",
      "請求者名義の通帳",
      "次の窓口でこのQRコードを",
    ])
      expect(text).toContain(s);
    // The QR payload is for scanners only; it never appears as text.
    expect(text).not.toContain(qrText);
  });

  it("carries exactly qrText in a QR code two independent readers (jsQR, ZBar) decode at 150 dpi", async () => {
    const pdf = await slip();
    const png = poppler.png(pdf, 1, 150);
    expect(decodeQr(png)).toBe(qrText);
    expect(decodeQrZbar(png)).toBe(qrText);
  });

  it("continues a long list on a second page with the department repeated", async () => {
    const pdf = await slip(30);
    expect(poppler.pageCount(pdf)).toBe(2);
    const second = poppler.text(pdf, { first: 2, last: 2 });
    expect(second).toContain("追加の手続き 30");
    expect(second).toContain("こども育成課");
    expect(second).toContain("2/2");
  });

  it("embeds a subset of the Japanese font", async () => {
    const fonts = poppler.fonts(await slip());
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f).toMatchObject({ embedded: true, subset: true });
      expect(f.name).toMatch(/^[A-Z]{6}\+NotoSansJP/);
    }
  });
});
