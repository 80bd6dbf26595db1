import { describe, expect, it } from "vitest";
import { bundle as bundleSchema } from "./bundle";
import { diffBundles } from "./diff-bundles";
import { lookupPostalCode } from "./lookup-postal-code";

const table = {
  "1350061": { prefecture: "東京都", city: "東雲市", town: "本町" },
  "1350080": { prefecture: "東京都", city: "東雲市", town: "" },
};

describe("lookupPostalCode", () => {
  it("finds a code however the clerk typed it", () => {
    const found = { postalCode: "135-0061", prefecture: "東京都", city: "東雲市", town: "本町" };
    for (const typed of ["135-0061", "1350061", "〒135-0061", "１３５－００６１", " 135 0061 "]) {
      expect(lookupPostalCode(typed, table)).toEqual(found);
    }
  });

  it("returns null for an incomplete or unknown code, or no table", () => {
    expect(lookupPostalCode("135-006", table)).toBeNull();
    expect(lookupPostalCode("999-9999", table)).toBeNull();
    expect(lookupPostalCode("toString", table)).toBeNull();
    expect(lookupPostalCode("135-0061", undefined)).toBeNull();
  });

  it("ships in the bundle: keys are 7 digits, and a change is in the publish diff", () => {
    const doc = {
      schemaVersion: 1,
      flow: { key: "t", kind: "jumin-idou", title: "テスト", referenceDate: null },
      departments: [],
      questions: [],
      procedures: [],
      forms: [],
    } as const;
    const withTable = bundleSchema.parse({ ...doc, postalCodes: table });
    expect(lookupPostalCode("135-0080", withTable.postalCodes)?.city).toBe("東雲市");
    expect(bundleSchema.safeParse({ ...doc, postalCodes: { "135-0061": table["1350061"] } }).success).toBe(
      false,
    );
    expect(diffBundles(bundleSchema.parse(doc), withTable)).toEqual(["郵便番号表を変更"]);
  });
});
