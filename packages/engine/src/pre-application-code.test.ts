import { describe, expect, it } from "vitest";
import {
  formatPreApplicationCode,
  normalizePreApplicationInput,
  preApplicationAlphabet,
  preApplicationCodeBody,
  preApplicationCodeFrom,
} from "./pre-application-code";

describe("pre-application code", () => {
  it("has 30 distinct symbols without look-alikes", () => {
    expect(new Set(preApplicationAlphabet).size).toBe(30);
    for (const ch of "01ILOU") expect(preApplicationAlphabet).not.toContain(ch);
  });

  it("accepts its own codes, typed with an IME, in lower case or with hyphens", () => {
    const code = preApplicationCodeFrom([0, 5, 10, 15, 20, 25, 29, 3]);
    expect(code).toHaveLength(9);
    expect(preApplicationCodeBody(code)).toBe(code.slice(0, 8));
    const typed = formatPreApplicationCode(code)
      .toLowerCase()
      .replace(/[a-z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(normalizePreApplicationInput(typed)).toBe(code);
  });

  it("refuses every single mistyped character and every swap of distinct neighbours", () => {
    for (let seed = 0; seed < 50; seed++) {
      const values = Array.from({ length: 8 }, (_, i) => (seed * 7 + i * 11 + seed * i) % 30);
      const code = preApplicationCodeFrom(values);
      for (let i = 0; i < code.length; i++) {
        for (const ch of preApplicationAlphabet) {
          if (ch === code[i]) continue;
          expect(preApplicationCodeBody(code.slice(0, i) + ch + code.slice(i + 1))).toBeNull();
        }
      }
    }
    expect(preApplicationCodeBody("ABC")).toBeNull();
    expect(preApplicationCodeBody("K1.AAAAAAA")).toBeNull();
  });
});
