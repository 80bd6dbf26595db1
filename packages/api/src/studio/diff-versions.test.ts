import { describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { createTestCity, createTestFlow, createTestStaff, testDraft } from "../../test/factories";
import { useTestDb } from "../../test/test-db";

const db = useTestDb();

async function setup(roles: Parameters<typeof createTestStaff>[1]["roles"] = ["publisher"]) {
  const { city, shimin } = await createTestCity(db);
  const flow = await createTestFlow(db, { municipalityId: city.id, ownerDepartmentId: shimin.id });
  const staff = await createTestStaff(db, { municipalityId: city.id, roles, departmentId: shimin.id });
  return { city, flow, caller: await callerFor(db, staff) };
}

/** testDraft with P15's condition changed and a question added: two changes an admin would make. */
function revisedDraft() {
  const draft = testDraft();
  return {
    ...draft,
    questions: [...draft.questions, { id: "q9", key: "phone", kind: "text" as const, label: "電話番号" }],
    procedures: draft.procedures.map((p) =>
      p.key === "P15" ? { ...p, rule: { "!!": [{ var: "members.0.name" }] } } : p,
    ),
  };
}

describe("studio.flows.diff / diffDraft", () => {
  it("says in Japanese what publishing the draft changes, and the same for the version it became", async () => {
    const { flow, caller } = await setup();
    await expect(caller.studio.flows.diffDraft({ flowId: flow.id })).resolves.toEqual({
      fromSeq: null,
      toSeq: null,
      changes: [],
    });
    await caller.studio.flows.publish({ flowId: flow.id, expectedVersion: 1 });
    await expect(caller.studio.flows.diffDraft({ flowId: flow.id })).resolves.toMatchObject({
      fromSeq: 1,
      changes: [],
    });

    await caller.studio.flows.save({ flowId: flow.id, expectedVersion: 1, draft: revisedDraft() });
    const expected = ["質問を追加: 電話番号", "手続き P15（児童手当）: 条件を変更"];
    const before = await caller.studio.flows.diffDraft({ flowId: flow.id });
    expect(before).toEqual({ fromSeq: 1, toSeq: null, changes: expected });

    await caller.studio.flows.publish({ flowId: flow.id, expectedVersion: 2 });
    await expect(caller.studio.flows.diff({ flowId: flow.id, seq: 2 })).resolves.toEqual({
      fromSeq: 1,
      toSeq: 2,
      changes: expected,
    });
    await expect(caller.studio.flows.diff({ flowId: flow.id, seq: 1 })).resolves.toEqual({
      fromSeq: null,
      toSeq: 1,
      changes: [],
    });
    await expect(caller.studio.flows.diff({ flowId: flow.id, seq: 3 })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "v3が見つかりません。",
    });
  });

  it("lists flow tests whose expectation was accepted after a change, and tests recorded since", async () => {
    const { flow, caller } = await setup();
    const answers = { moveDate: "2025-04-01", members: [{ name: "東雲 太郎" }] };
    const published = {
      ...testDraft(),
      tests: [{ name: "転入", answers, expectProcedures: ["P01", "P15"] }],
    };
    await caller.studio.flows.save({ flowId: flow.id, expectedVersion: 1, draft: published });
    await caller.studio.flows.publish({ flowId: flow.id, expectedVersion: 2 });

    // P15 now needs a birth date the test does not give: its result is accepted, and a test recorded.
    const revised = {
      ...published,
      procedures: published.procedures.map((p) =>
        p.key === "P15" ? { ...p, rule: { "!!": [{ var: "members.0.birthDate" }] } } : p,
      ),
      tests: [
        { name: "転入", answers, expectProcedures: ["P01"] },
        { name: "記録した転入", answers, expectProcedures: ["P01"] },
      ],
    };
    await caller.studio.flows.save({ flowId: flow.id, expectedVersion: 2, draft: revised });
    await expect(caller.studio.flows.diffDraft({ flowId: flow.id })).resolves.toEqual({
      fromSeq: 1,
      toSeq: null,
      changes: [
        "手続き P15（児童手当）: 条件を変更",
        "フローテスト 転入: 期待する手続きを変更（P15 を外す）",
        "フローテストを追加: 記録した転入",
      ],
    });
  });

  it("lets a department admin read the changes but not a counter clerk or another city", async () => {
    const { flow, caller: publisher } = await setup();
    await publisher.studio.flows.publish({ flowId: flow.id, expectedVersion: 1 });
    const { caller: deptAdmin } = await setup(["dept_admin"]);
    await expect(deptAdmin.studio.flows.diff({ flowId: flow.id, seq: 1 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const { flow: own, caller: ownAdmin } = await setup(["dept_admin"]);
    await expect(ownAdmin.studio.flows.diffDraft({ flowId: own.id })).resolves.toMatchObject({ changes: [] });
    const { flow: other, caller: clerk } = await setup(["counter_clerk"]);
    await expect(clerk.studio.flows.diffDraft({ flowId: other.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
