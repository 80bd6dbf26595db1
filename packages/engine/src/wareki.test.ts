import { describe, expect, it } from "vitest";
import { formatWareki, parseWareki, warekiParts } from "./wareki";

describe("formatWareki", () => {
  it.each([
    ["2024-04-01", "令和6年4月1日"],
    ["2019-05-01", "令和元年5月1日"],
    ["2019-04-30", "平成31年4月30日"],
    ["1989-01-07", "昭和64年1月7日"],
    ["1989-01-08", "平成元年1月8日"],
    ["1926-12-24", "大正15年12月24日"],
    ["1926-12-25", "昭和元年12月25日"],
    ["1912-07-29", "明治45年7月29日"],
    ["1912-07-30", "大正元年7月30日"],
    ["1960-04-01", "昭和35年4月1日"],
  ])("%s → %s", (iso, expected) => {
    expect(formatWareki(iso)).toBe(expected);
  });

  it("rejects invalid dates and dates before 明治", () => {
    expect(() => formatWareki("2024-02-30")).toThrow(RangeError);
    expect(() => formatWareki("1868-01-24")).toThrow(RangeError);
  });
});

describe("warekiParts", () => {
  it("labels the first year 元", () => {
    expect(warekiParts("2019-05-01")).toEqual({
      era: "令和",
      eraShort: "R",
      year: 1,
      yearLabel: "元",
      month: 5,
      day: 1,
    });
    expect(warekiParts("2024-12-31").yearLabel).toBe("6");
  });
});

describe("parseWareki", () => {
  it.each([
    ["令和6年4月1日", "2024-04-01"],
    ["R6.4.1", "2024-04-01"],
    ["R06/04/01", "2024-04-01"],
    ["r6-4-1", "2024-04-01"],
    ["令和元年5月1日", "2019-05-01"],
    ["令和1年5月1日", "2019-05-01"],
    ["平成元年1月8日", "1989-01-08"],
    ["昭和64年1月7日", "1989-01-07"],
    ["Ｈ３１．４．３０", "2019-04-30"],
    ["令和６年４月１日", "2024-04-01"],
    ["昭和 35年 4月 1日", "1960-04-01"],
    ["2024-04-01", "2024-04-01"],
    ["2024年4月1日", "2024-04-01"],
    ["2024/4/1", "2024-04-01"],
  ])("%s → %s", (text, iso) => {
    expect(parseWareki(text)).toBe(iso);
  });

  it.each([
    "昭和65年1月1日",
    "昭和64年1月8日",
    "平成31年5月1日",
    "令和元年4月30日",
    "令和6年2月30日",
    "令和0年1月1日",
    "令和5年2月29日",
    "2023-02-29",
    "きのう",
    "",
  ])("rejects %s", (text) => {
    expect(parseWareki(text)).toBeNull();
  });

  it("round-trips every day across the 平成→令和 change", () => {
    for (const iso of ["2019-04-29", "2019-04-30", "2019-05-01", "2019-05-02"]) {
      expect(parseWareki(formatWareki(iso))).toBe(iso);
    }
  });
});
