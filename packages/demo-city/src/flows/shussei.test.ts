import { type Bundle, determine, interview, lintBundle, parseBundle, runFlowTests } from "@kakanai/engine";
import { describe, expect, it } from "vitest";
import { demoDepartments } from "../departments";
import { shusseiFlow } from "./shussei";

function composeBundle(): Bundle {
  const formKeys = [...new Set(shusseiFlow.procedures.flatMap((p) => (p.forms ?? []).map((f) => f.formKey)))];
  const forms = formKeys.map((key) => ({ key, title: `様式${key}`, departmentKey: "shimin" }));
  return parseBundle({ ...shusseiFlow, departments: demoDepartments, forms });
}

const bundle = composeBundle();

describe("出生 flow", () => {
  it("passes every flow test and lint", () => {
    expect(
      runFlowTests(bundle)
        .filter((r) => !r.ok)
        .map((r) => `${r.name}: ${r.message}`),
    ).toEqual([]);
    expect(lintBundle(bundle)).toEqual([]);
  });

  it("counts the 出生届 deadline from the birth day itself", () => {
    const p05 = determine(bundle, bundle.tests[0]?.answers ?? {}).procedures.find((p) => p.key === "P05");
    expect(p05?.deadline).toBe("2025-04-14");
  });

  it("asks the father's items only when his column is filled in", () => {
    const paths = interview(bundle, { hasFather: false }).steps.map((s) => s.path);
    expect(paths).not.toContain("father.name");
    expect(interview(bundle, { hasFather: true }).steps.map((s) => s.path)).toContain("father.insurance");
  });
});
