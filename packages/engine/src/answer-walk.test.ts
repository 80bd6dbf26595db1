import { describe, expect, it } from "vitest";
import { type BundleInput, bundle as bundleSchema, type Rule } from "./bundle";
import { contextReads } from "./context-reads";
import { determine } from "./determine";
import { interview } from "./interview";

const age = { ageLegal: [{ var: "member.birthDate" }, { var: "on" }] };

/** A flow whose computed value reads an item answer that hides for the young (livesAlone). */
function flow(computed: Rule): ReturnType<typeof bundleSchema.parse> {
  const input: BundleInput = {
    schemaVersion: 1,
    flow: { key: "t", kind: "jumin-idou", title: "テスト", referenceDate: { var: "moveDate" } },
    departments: [{ key: "koureisha", name: "高齢者支援課" }],
    questions: [
      { id: "1", key: "moveDate", kind: "date", label: "異動日" },
      {
        id: "2",
        key: "members",
        kind: "group",
        label: "世帯員",
        questions: [
          { id: "2a", key: "birthDate", kind: "date", label: "生年月日" },
          { id: "2b", key: "livesAlone", kind: "boolean", label: "独居", visibleIf: { ">=": [age, 65] } },
        ],
      },
      { id: "3", key: "visit", kind: "boolean", label: "訪問希望", visibleIf: { var: "alone" } },
    ],
    computed: [{ key: "alone", expr: computed }],
    procedures: [
      { key: "P10", title: "ひとり暮らし高齢者", departmentKey: "koureisha", rule: { var: "alone" } },
    ],
    forms: [],
  };
  return bundleSchema.parse(input);
}

const young = { birthDate: "2000-01-01", livesAlone: true };
const old = { birthDate: "1950-01-01", livesAlone: false };
const answers = { moveDate: "2025-04-01", members: [young, old], visit: true };

const counted = flow({ some: [{ var: "members" }, { var: "livesAlone" }] });
const listed = flow({ filter: [{ var: "members" }, { var: "livesAlone" }] });
const built = flow({ some: [{ var: "members" }, { var: { cat: ["lives", "Alone"] } }] });

describe("computed values over answers that stop counting", () => {
  it.each([
    ["read by name", counted],
    ["holding the members themselves", listed],
    ["read by a path built at run time", built],
  ])("are recomputed when a hidden answer feeds them (%s)", (_name, bundle) => {
    const state = interview(bundle, answers);
    expect(state.stale).toEqual(["members.0.livesAlone", "visit"]);
    expect(determine(bundle, answers).procedures).toEqual([]);
  });

  it("still count an answer that stays visible", () => {
    const stillAlone = { ...answers, members: [young, { ...old, livesAlone: true }] };
    expect(interview(counted, stillAlone).stale).toEqual(["members.0.livesAlone"]);
    expect(determine(counted, stillAlone).procedures.map((p) => p.key)).toEqual(["P10"]);
  });

  it("know statically which names the context may read", () => {
    expect(contextReads(counted)).toEqual({
      names: new Set(["moveDate", "members", "livesAlone"]),
      opaque: false,
    });
    expect(contextReads(built).opaque).toBe(true);
  });
});
