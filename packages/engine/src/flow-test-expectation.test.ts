import { describe, expect, it } from "vitest";
import { type BundleInput, bundle as bundleSchema, type FlowTest } from "./bundle";
import { determine } from "./determine";
import { acceptActual, expectationChange, isNoChange, recordFlowTest } from "./flow-test-expectation";
import { runFlowTest } from "./run-flow-tests";

const age = { ageLegal: [{ var: "member.birthDate" }, { var: "on" }] };

const input: BundleInput = {
  schemaVersion: 1,
  flow: { key: "t", kind: "jumin-idou", title: "テスト", referenceDate: { var: "moveDate" } },
  departments: [
    { key: "shimin", name: "市民課", counter: "1階 1番" },
    { key: "kaigo", name: "介護保険課", counter: "2階 22番" },
  ],
  questions: [
    { id: "d", key: "moveDate", kind: "date", label: "異動日" },
    { id: "m", key: "members", kind: "group", label: "世帯員", questions: [] },
  ],
  procedures: [
    {
      key: "P01",
      title: "住民異動届",
      departmentKey: "shimin",
      rule: true,
      forms: [{ formKey: "F01", mode: "household" }],
    },
    {
      key: "P11",
      title: "介護保険",
      departmentKey: "kaigo",
      rule: true,
      memberRule: { ">=": [age, 65] },
      forms: [{ formKey: "F15", mode: "each" }],
    },
  ],
  forms: [
    { key: "F01", title: "住民異動届", departmentKey: "shimin", rowsPerSheet: 4 },
    { key: "F15", title: "介護保険資格取得・異動・喪失届", departmentKey: "kaigo" },
  ],
};
const bundle = bundleSchema.parse(input);
const twoElders = {
  moveDate: "2025-04-01",
  members: [
    { name: "山田 一郎", birthDate: "1950-01-01" },
    { name: "山田 花子", birthDate: "1952-01-01" },
  ],
};
const young = { moveDate: "2025-04-01", members: [{ name: "山田 太郎", birthDate: "1990-01-01" }] };

describe("recordFlowTest", () => {
  it("expects exactly what the engine decided, forms counted per sheet set", () => {
    const test = recordFlowTest("高齢の二人", twoElders, determine(bundle, twoElders));
    expect(test).toEqual({
      name: "高齢の二人",
      answers: twoElders,
      expectProcedures: ["P01", "P11"],
      expectForms: { F01: 1, F15: 2 },
    });
    expect(runFlowTest(bundle, test).ok).toBe(true);
  });
});

describe("expectationChange and acceptActual", () => {
  const stale: FlowTest = {
    name: "古い期待",
    answers: young,
    expectProcedures: ["P01", "P11"],
    expectForms: { F01: 1, F15: 1 },
  };

  it("lists procedures no longer decided and form counts that moved", () => {
    const result = runFlowTest(bundle, stale);
    expect(result.ok).toBe(false);
    const change = expectationChange(stale, result.actual);
    expect(change).toEqual({
      addedProcedures: [],
      removedProcedures: ["P11"],
      forms: [{ formKey: "F15", before: 1, after: 0 }],
    });
    expect(isNoChange(change)).toBe(false);
  });

  it("lists procedures newly decided, and forms the test did not mention", () => {
    const test: FlowTest = {
      name: "足りない期待",
      answers: twoElders,
      expectProcedures: ["P01"],
      expectForms: {},
    };
    const change = expectationChange(test, runFlowTest(bundle, test).actual);
    expect(change.addedProcedures).toEqual(["P11"]);
    expect(change.forms).toEqual([
      { formKey: "F01", before: 0, after: 1 },
      { formKey: "F15", before: 0, after: 2 },
    ]);
  });

  it("accepting makes the test pass, keeps name and answers, and a second accept changes nothing", () => {
    const accepted = acceptActual(stale, runFlowTest(bundle, stale).actual);
    expect(accepted).toEqual({ ...stale, expectProcedures: ["P01"], expectForms: { F01: 1 } });
    const rerun = runFlowTest(bundle, accepted);
    expect(rerun.ok).toBe(true);
    expect(isNoChange(expectationChange(accepted, rerun.actual))).toBe(true);
    expect(acceptActual(accepted, rerun.actual)).toEqual(accepted);
  });

  it("a test that ignores forms keeps ignoring them", () => {
    const test: FlowTest = { name: "手続きだけ", answers: twoElders, expectProcedures: ["P01"] };
    const actual = runFlowTest(bundle, test).actual;
    expect(expectationChange(test, actual).forms).toEqual([]);
    expect(acceptActual(test, actual).expectForms).toBeUndefined();
  });
});
