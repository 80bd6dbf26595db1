import { describe, expect, it } from "vitest";
import type { FlowDraft } from "./flow-draft";
import {
  moveProcedure,
  newProcedure,
  nextProcedureKey,
  parseRowsPerSheet,
  procedureKeyProblem,
  removeProcedure,
  replaceAt,
  setOptional,
  sheetsFor,
} from "./procedure-ops";

const keys = (...k: string[]) => k.map((key) => ({ key }));

describe("nextProcedureKey", () => {
  it("continues the flow's numbering", () => {
    expect(nextProcedureKey(keys("P01", "P02", "P17", "X01"))).toBe("P18");
    expect(nextProcedureKey(keys("O01", "O02", "O12"))).toBe("O13");
    expect(nextProcedureKey([])).toBe("P01");
    expect(nextProcedureKey(keys("S01", "S02"))).toBe("S03");
  });
});

describe("procedureKeyProblem", () => {
  it("refuses blank, spaced and taken keys", () => {
    expect(procedureKeyProblem("", [])).toMatch(/入力/);
    expect(procedureKeyProblem("P 18", [])).toMatch(/空白/);
    expect(procedureKeyProblem("P01", keys("P01"))).toMatch(/使われています/);
    expect(procedureKeyProblem("P18", keys("P01"))).toBeNull();
  });
});

describe("draft edits", () => {
  const draft = {
    procedures: [
      newProcedure("P01", "a", "shimin"),
      newProcedure("P02", "b", "kaigo"),
      newProcedure("P03", "c", "kodomo"),
    ],
  } as unknown as FlowDraft;

  it("moves a procedure to another's place", () => {
    expect(moveProcedure(draft, "P03", "P01").procedures.map((p) => p.key)).toEqual(["P03", "P01", "P02"]);
    expect(moveProcedure(draft, "P01", "P09")).toBe(draft);
  });

  it("removes by key", () => {
    expect(removeProcedure(draft, "P02").procedures.map((p) => p.key)).toEqual(["P01", "P03"]);
  });

  it("a new procedure always applies and prints nothing yet", () => {
    expect(newProcedure("P18", "原動機付自転車の登録", "zeimu")).toEqual({
      key: "P18",
      title: "原動機付自転車の登録",
      departmentKey: "zeimu",
      rule: true,
      itemsToBring: [],
      forms: [],
    });
  });

  it("clears optional fields instead of storing undefined", () => {
    const p = { ...newProcedure("P01", "a", "shimin"), deadlineDays: 14 };
    const cleared = setOptional(p, "deadlineDays", undefined);
    expect("deadlineDays" in cleared).toBe(false);
    expect(setOptional(p, "deadlineDays", 15).deadlineDays).toBe(15);
    expect(p.deadlineDays).toBe(14);
  });

  it("replaces or removes one entry", () => {
    expect(replaceAt(["a", "b", "c"], 1, "x")).toEqual(["a", "x", "c"]);
    expect(replaceAt(["a", "b", "c"], 1, null)).toEqual(["a", "c"]);
  });
});

describe("sheet rule", () => {
  it("parses rows per sheet", () => {
    expect(parseRowsPerSheet("")).toBeUndefined();
    expect(parseRowsPerSheet("4")).toBe(4);
    expect(parseRowsPerSheet("0")).toBeNull();
    expect(parseRowsPerSheet("2.5")).toBeNull();
  });

  it("continues on further sheets like the engine", () => {
    expect(sheetsFor(4, 4)).toBe(1);
    expect(sheetsFor(5, 4)).toBe(2);
    expect(sheetsFor(9, undefined)).toBe(1);
    expect(sheetsFor(0, 4)).toBe(1);
  });
});
