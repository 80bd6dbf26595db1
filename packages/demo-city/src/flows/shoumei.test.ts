import { determine, interview, lintBundle, parseBundle, runFlowTests, setAnswer } from "@kakanai/engine";
import { describe, expect, it } from "vitest";
import { composeDemoBundle } from "../export-bundles";
import { shoumeiFlow } from "./shoumei";

const bundle = parseBundle(composeDemoBundle(shoumeiFlow));
const base = shoumeiFlow.tests?.[0]?.answers ?? {};

describe("証明書 flow", () => {
  it("passes every flow test and lint", () => {
    const failures = runFlowTests(bundle).filter((r) => !r.ok);
    expect(failures.map((r) => `${r.name}: ${r.message}`)).toEqual([]);
    // S02 (郵送のご案内) has no form of its own on purpose: the one warning lint gives for that.
    expect(lintBundle(bundle).map((i) => `${i.severity} ${i.path}`)).toEqual(["warning procedures[1].forms"]);
  });

  it("computes the fee: ¥300 a copy", () => {
    expect(determine(bundle, { ...base, copies: 3 }).computed?.feeYen).toBe(900);
    expect(determine(bundle, { ...base, copies: 1 }).computed?.feeYen).toBe(300);
  });

  it("asks an 代理人 for the 委任状 and says a copy with マイナンバー is mailed", () => {
    const answers = { ...base, requester: "agent", includeItems: ["myNumber"] };
    const result = determine(bundle, answers);
    expect(result.procedures.find((p) => p.key === "S01")?.itemsToBring).toContain("委任状");
    expect(result.procedures.find((p) => p.key === "S02")?.reasons[0]).toMatch(/郵送/);
    const state = interview(bundle, answers);
    expect(state.next?.path).toBe("mailNotice");
    expect(interview(bundle, setAnswer(answers, "mailNotice", true)).done).toBe(true);
  });

  it("hands the copy over at the counter to the person themselves", () => {
    const answers = { ...base, requester: "self", includeItems: ["myNumber", "residentCode"] };
    expect(determine(bundle, answers).procedures.map((p) => p.key)).toEqual(["S01"]);
    expect(interview(bundle, answers).steps.map((s) => s.path)).not.toContain("mailNotice");
  });
});
