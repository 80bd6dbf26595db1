import { determine, interview, lintBundle, parseBundle, runFlowTests } from "@kakanai/engine";
import { describe, expect, it } from "vitest";
import { composeDemoBundle } from "../export-bundles";
import { okuyamiFlow } from "./okuyami";
import { death } from "./okuyami/flow-tests";

const bundle = parseBundle(composeDemoBundle(okuyamiFlow));
const KEYS = Array.from({ length: 12 }, (_x, i) => `O${String(i + 1).padStart(2, "0")}`);
const FORM_KEYS = Array.from({ length: 9 }, (_x, i) => `O-F0${i + 1}`);

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
        // 50 and 要介護 (O07): young enough to be asked about 児童手当 (O09).
        birthDate: "1975-01-10",
        careCertified: true,
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
    expect(result.procedures.every((p) => p.itemsToBring.length > 0)).toBe(true);
    expect(result.procedures.map((p) => [p.key, p.forms.map((f) => f.formKey)])).toEqual([
      ["O07", ["O-F06"]],
      ["O10", ["O-F09"]],
      ["O12", []],
    ]);
  });

  it("asks the remaining members only of a 世帯主, and the 喪主's account only for 葬祭費", () => {
    const paths = (answers: Record<string, unknown>) => interview(bundle, answers).steps.map((s) => s.path);
    expect(paths(death())).not.toContain("deceased.remainingMembers");
    expect(paths(death({ wasHeadOfHousehold: true }))).toContain("deceased.remainingMembers");
    expect(paths(death())).not.toContain("chiefMourner.bankAccount");
    expect(paths(death({ insurance: "kouki" }))).toContain("chiefMourner.bankAccount");
    expect(interview(bundle, death({ birthDate: "1985-01-01" })).stale).toContain("heirRepresentative.name");
  });
  it("names O-F01–O-F09 once each, in its procedure's department, each pinned by a flow test", () => {
    const named = bundle.procedures.flatMap((p) => p.forms.map((f) => [p.key, f.formKey, f.mode] as const));
    expect(named.map(([, key]) => key)).toEqual(FORM_KEYS);
    expect(named.every(([, , mode]) => mode === "once")).toBe(true);
    expect(bundle.forms.map((f) => f.key)).toEqual(FORM_KEYS);
    for (const [procedure, formKey] of named) {
      const form = bundle.forms.find((f) => f.key === formKey);
      const p = bundle.procedures.find((x) => x.key === procedure);
      expect(form?.departmentKey, formKey).toBe(p?.departmentKey);
    }
    const tested = new Set(bundle.tests.flatMap((t) => Object.keys(t.expectForms ?? {})));
    expect([...tested].sort()).toEqual(FORM_KEYS);
  });

  it("prints the 国民年金 form only for 国民年金: a 厚生年金 family is sent to the 年金事務所 (checklist only)", () => {
    const o06 = (receivedPension: string) =>
      determine(bundle, death({ receivedPension })).procedures.find((p) => p.key === "O06");
    expect(o06("kokumin")?.forms).toMatchObject([{ formKey: "O-F05", mode: "once", sheets: 1 }]);
    expect(o06("kosei")?.forms).toEqual([]);
  });

  it("keeps 印鑑登録証・原付・犬 as checklist items without a form", () => {
    const result = determine(bundle, death({ hadSealRegistration: true, ownedMoped: true, ownedDog: true }));
    const withoutForms = result.procedures.filter((p) => p.forms.length === 0).map((p) => p.key);
    expect(withoutForms).toEqual(["O02", "O11", "O12"]);
    expect(result.procedures.flatMap((p) => p.forms.map((f) => f.formKey))).toEqual(["O-F06"]);
  });

  it("asks the 相続人代表's account only when the 介護保険 refund is paid, not for 固定資産 alone", () => {
    const paths = (answers: Record<string, unknown>) => interview(bundle, answers).steps.map((s) => s.path);
    const landOnly = death({ birthDate: "1985-01-01", ownedRealEstate: true });
    expect(paths(landOnly)).toContain("heirRepresentative.address");
    expect(paths(landOnly)).not.toContain("heirRepresentative.bankAccount");
    expect(paths(death())).toContain("heirRepresentative.bankAccount");
  });
});
