import { describe, expect, it } from "vitest";
import type { FlowTest } from "./bundle";
import { diffFlowTests } from "./diff-flow-tests";

const base: FlowTest = {
  name: "代理人・一部の方（郵送）",
  answers: { requester: "agent", certificateType: "partial" },
  expectProcedures: ["S01", "S02"],
  expectForms: { F04: 1 },
};

describe("diffFlowTests", () => {
  it("says which procedures an accepted result adds or removes and how form counts move", () => {
    const accepted: FlowTest = { ...base, expectProcedures: ["S02", "S03"], expectForms: {} };
    expect(diffFlowTests([base], [accepted])).toEqual([
      "フローテスト 代理人・一部の方（郵送）: 期待する手続きを変更（S03 を加える、S01 を外す）・期待する様式を変更（F04 1件→0件）",
    ]);
  });

  it("lists added, removed and re-answered tests; key order and unchanged tests are no change", () => {
    const reordered: FlowTest = {
      ...base,
      answers: { certificateType: "partial", requester: "agent" },
      expectForms: { F04: 1 },
    };
    const recorded: FlowTest = { ...base, name: "記録したテスト" };
    const edited: FlowTest = { ...base, name: "回答を変えたテスト", answers: { requester: "self" } };
    const before = [base, { ...edited, answers: base.answers }, { ...base, name: "消したテスト" }];
    expect(diffFlowTests(before, [reordered, edited, recorded])).toEqual([
      "フローテスト 回答を変えたテスト: 回答を変更",
      "フローテストを追加: 記録したテスト",
      "フローテストを削除: 消したテスト",
    ]);
  });

  it("a test that starts or stops checking forms says so", () => {
    const { expectForms: _dropped, ...withoutForms } = base;
    expect(diffFlowTests([withoutForms], [base])).toEqual([
      "フローテスト 代理人・一部の方（郵送）: 期待する様式を変更（件数を確かめるようにした）",
    ]);
    expect(diffFlowTests([base], [withoutForms])).toEqual([
      "フローテスト 代理人・一部の方（郵送）: 期待する様式を変更（件数を確かめないようにした）",
    ]);
  });
});
