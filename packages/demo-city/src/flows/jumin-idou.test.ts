import {
  type Bundle,
  type BundleInput,
  determine,
  interview,
  lintBundle,
  parseBundle,
  runFlowTests,
  setAnswer,
} from "@kakanai/engine";
import { describe, expect, it } from "vitest";
import { demoDepartments } from "../departments";
import { juminIdouFlow } from "./jumin-idou";
import { household, person, twelvePeople } from "./jumin-idou/flow-tests";

/** Rows per sheet of the household forms, as the form definitions (src/forms) declare them. */
const ROWS: Record<string, number> = { F01: 4, F07: 6, F08: 6, F09: 6, F21: 5 };

/** The flow composed like the seed does, with minimal form definitions for the keys it names. */
function composeBundle(): Bundle {
  const formKeys = [
    ...new Set(juminIdouFlow.procedures.flatMap((p) => (p.forms ?? []).map((f) => f.formKey))),
  ];
  const forms: BundleInput["forms"] = formKeys.map((key) => {
    const procedure = juminIdouFlow.procedures.find((p) => p.forms?.some((f) => f.formKey === key));
    return {
      key,
      title: `様式${key}`,
      departmentKey: procedure?.departmentKey ?? "shimin",
      rowsPerSheet: ROWS[key],
    };
  });
  return parseBundle({ ...juminIdouFlow, departments: demoDepartments, forms });
}

const bundle = composeBundle();

describe("住民異動 flow", () => {
  it("passes every flow test", () => {
    const results = runFlowTests(bundle);
    const failures = results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.message}`);
    expect(failures).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(15);
  });

  it("has no lint issues", () => {
    expect(lintBundle(bundle)).toEqual([]);
  });

  it("names forms F01–F30 except the 出生 ones, 学務課's X-F01, and only known departments", () => {
    const formKeys = new Set(bundle.procedures.flatMap((p) => p.forms.map((f) => f.formKey)));
    const expected = Array.from({ length: 30 }, (_x, i) => `F${String(i + 1).padStart(2, "0")}`).filter(
      (k) => !["F05", "F06", "F13", "F29"].includes(k),
    );
    expect([...formKeys].sort()).toEqual([...expected, "X-F01"]);
    const departments = new Set(demoDepartments.map((d) => d.key));
    expect(bundle.procedures.every((p) => departments.has(p.departmentKey))).toBe(true);
  });

  it("asks for 住民票の写し of 8 people on one 交付請求書 with the copies summed", () => {
    const members = Array.from({ length: 8 }, (_x, i) =>
      person(`東雲 ${i + 1}郎`, "1980-05-05", { wantsResidenceCertificate: (i % 3) + 1 }),
    );
    const f04 = determine(bundle, household("tenkyo", members))
      .procedures.flatMap((p) => p.forms)
      .filter((f) => f.formKey === "F04");
    expect(f04).toEqual([expect.objectContaining({ members: [0, 1, 2, 3, 4, 5, 6, 7], sheets: 1 })]);
  });

  it("continues household forms of a 12-person household on further sheets", () => {
    const result = determine(bundle, household("tennyu", twelvePeople));
    const sheets = Object.fromEntries(
      result.procedures
        .flatMap((p) => p.forms)
        .filter((f) => f.mode === "household")
        .map((f) => [f.formKey, f.sheets]),
    );
    expect(sheets).toEqual({ F01: 3, F07: 2, F21: 2 });
    expect(result.procedures.find((p) => p.key === "P01")?.deadline).toBe("2025-04-15");
  });

  it("explains why, with names, and what to bring", () => {
    const result = determine(
      bundle,
      household(
        "tennyu",
        [
          person("山田 一郎", "1948-10-10", { insurance: "kouki" }),
          person("山田 花子", "1954-10-10", { insurance: "kokuho" }),
        ],
        { fromOtherPrefecture: true },
      ),
    );
    const p11 = result.procedures.find((p) => p.key === "P11");
    expect(p11?.reasons).toEqual(["山田 一郎さん: 65歳以上", "山田 花子さん: 65歳以上"]);
    expect(result.procedures.find((p) => p.key === "P08")?.itemsToBring).toContain("負担区分等証明書");
    expect(result.departments.map((d) => d.key)).toEqual(["shimin", "hoken-nenkin", "kaigo"]);
  });

  it("interviews in the order of demo-city.md and hides what does not apply", () => {
    expect(interview(bundle, {}).next?.path).toBe("moveType");
    let answers = setAnswer({}, "moveType", "tenkyo");
    answers = setAnswer(answers, "moveDate", "2025-04-01");
    expect(interview(bundle, answers).next?.path).toBe("oldAddress");
    answers = setAnswer(answers, "members", 1, bundle);
    answers = setAnswer(answers, "members.0.birthDate", "2010-06-01");
    const paths = interview(bundle, answers).steps.map((s) => s.path);
    expect(paths).not.toContain("fromAbroad");
    expect(paths).not.toContain("members.0.wantsSealRegistration");
    expect(paths).not.toContain("members.0.careCertified");
    expect(paths).toContain("members.0.hasMyNumberCard");
    expect(paths).toEqual(
      expect.arrayContaining(["childAllowanceClaimant", "childMedicalRecipient", "publicSchool"]),
    );
  });

  it("finishes the interview for a complete set of answers", () => {
    const answers = household("tennyu", twelvePeople);
    const state = interview(bundle, answers);
    expect(state.errors).toEqual({});
    expect(state.next).toBeNull();
  });
});
