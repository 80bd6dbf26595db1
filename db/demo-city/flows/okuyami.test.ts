import { determine, interview, lintBundle, parseBundle, runFlowTests } from "@kakanai/engine";
import { describe, expect, it } from "vitest";
import { composeDemoBundle } from "../export-bundles";
import { okuyamiFlow } from "./okuyami";
import { death } from "./okuyami/flow-tests";

const bundle = parseBundle(composeDemoBundle(okuyamiFlow));
const KEYS = Array.from({ length: 12 }, (_x, i) => `O${String(i + 1).padStart(2, "0")}`);

describe("おくやみ flow", () => {
  it("passes every flow test and lint", () => {
    const failures = runFlowTests(bundle).filter((r) => !r.ok);
    expect(failures.map((r) => `${r.name}: ${r.message}`)).toEqual([]);
    expect(lintBundle(bundle)).toEqual([]);
  });

  it("has exactly O01–O12, each pinned by a flow test", () => {
    expect(bundle.procedures.map((p) => p.key)).toEqual(KEYS);
    const tested = new Set(bundle.tests.flatMap((t) => t.expectProcedures));
    expect([...tested].sort()).toEqual(KEYS);
  });

  it("dates each deadline from the date of death: 14, 15, 30 days and 2 years", () => {
    const result = determine(
      bundle,
      death({
        wasHeadOfHousehold: true,
        remainingMembers: 2,
        insurance: "kokuho",
        receivedPension: "kokumin",
        wasChildAllowanceRecipient: true,
        ownedDog: true,
      }),
    );
    const deadlines = Object.fromEntries(result.procedures.map((p) => [p.key, p.deadline]));
    expect(deadlines).toEqual({
      O01: "2025-04-15",
      O03: "2025-04-15",
      O04: "2027-04-01",
      O06: "2025-04-15",
      O07: "2025-04-15",
      O09: "2025-04-16",
      O12: "2025-05-01",
    });
  });

  it("sends a 厚生年金 pensioner's family to the 年金事務所 within 10 days", () => {
    const o06 = determine(bundle, death({ receivedPension: "kosei" })).procedures.find(
      (p) => p.key === "O06",
    );
    expect(o06?.deadline).toBe("2025-04-11");
    expect(o06?.itemsToBring).toContain("年金事務所での手続き（厚生年金）");
  });

  it("lists the desks for the family, with counters, including 資産税課 and 環境政策課", () => {
    const result = determine(bundle, death({ ownedRealEstate: true, ownedDog: true }));
    expect(result.departments.map((d) => [d.name, d.counter])).toEqual([
      ["介護保険課", "2階 22番"],
      ["資産税課", "3階 34番"],
      ["環境政策課", "3階 36番"],
    ]);
    expect(result.procedures.every((p) => p.forms.length === 0 && p.itemsToBring.length > 0)).toBe(true);
  });

  it("asks the remaining members only of a 世帯主, and the 喪主's account only for 葬祭費", () => {
    const paths = (answers: Record<string, unknown>) => interview(bundle, answers).steps.map((s) => s.path);
    expect(paths(death())).not.toContain("deceased.remainingMembers");
    expect(paths(death({ wasHeadOfHousehold: true }))).toContain("deceased.remainingMembers");
    expect(paths(death())).not.toContain("chiefMourner.bankAccount");
    expect(paths(death({ insurance: "kouki" }))).toContain("chiefMourner.bankAccount");
    expect(interview(bundle, death({ birthDate: "1985-01-01" })).stale).toContain("heirRepresentative.name");
  });
});
