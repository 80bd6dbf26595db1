import { describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { createTestCity, createTestFlow, createTestStaff, testDraft } from "../../test/factories";
import { useTestDb } from "../../test/test-db";
import { flowDraft } from "./flow-draft";

const db = useTestDb();

/** 市民課's 住民異動 and a こども育成課 admin, who may also publish: they edit their parts only. */
async function setup(roles: ("dept_admin" | "publisher")[] = ["dept_admin", "publisher"]) {
  const c = await createTestCity(db);
  const flow = await createTestFlow(db, { municipalityId: c.city.id, ownerDepartmentId: c.shimin.id });
  const staff = await createTestStaff(db, { municipalityId: c.city.id, roles, departmentId: c.kodomo.id });
  const caller = await callerFor(db, staff);
  const current = async () => caller.studio.flows.get({ flowId: flow.id });
  return { ...c, flow, caller, current };
}
const parsed = () => flowDraft.parse(testDraft());

describe("studio.flows.save of a flow another department owns", () => {
  it("takes a department's own question, procedure, form and flow test, and its changes to them", async () => {
    const s = await setup();
    // The editor is told whose parts it may change.
    expect(await s.current()).toMatchObject({ ownerDepartmentKey: "shimin", editDepartmentKey: "kodomo" });
    const draft = parsed();
    draft.questions.push({
      id: "moped",
      key: "bringsMoped",
      kind: "boolean",
      label: "原付を持って転入しますか",
      required: true,
      departmentKey: "kodomo",
    });
    draft.procedures.push({
      ...draft.procedures[1]!,
      key: "P18",
      title: "原動機付自転車の登録",
      forms: [{ formKey: "F30", mode: "once" }],
    });
    draft.forms.push({
      key: "F30",
      title: "申告書",
      departmentKey: "kodomo",
      pageCount: 1,
      orientation: "portrait",
      fields: [],
    });
    draft.tests.push({
      name: "原付",
      answers: {},
      expectProcedures: ["P01", "P15", "P18"],
      departmentKey: "kodomo",
    });
    await expect(
      s.caller.studio.flows.save({ flowId: s.flow.id, expectedVersion: 1, draft }),
    ).resolves.toEqual({ draftVersion: 2 });
    draft.procedures[2]!.deadlineDays = 15;
    await expect(
      s.caller.studio.flows.save({ flowId: s.flow.id, expectedVersion: 2, draft }),
    ).resolves.toEqual({ draftVersion: 3 });
    expect((await s.current()).draft.procedures.map((p) => p.key)).toEqual(["P01", "P15", "P18"]);
  });

  it("refuses another department's part or the flow's settings, naming each, and stores nothing", async () => {
    const s = await setup();
    const draft = parsed();
    draft.flow.title = "住民異動（改）";
    draft.procedures[0]!.deadlineDays = 30;
    draft.questions.push({ id: "q9", key: "note", kind: "text", label: "備考", required: false });
    const error = await s.caller.studio.flows
      .save({ flowId: s.flow.id, expectedVersion: 1, draft })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "FORBIDDEN",
      message:
        "このフローで変更できるのはこども育成課の質問・手続き・様式・テストだけです。フローの設定は市民課だけが変更できます。市民課の質問「備考」は追加できません。市民課の手続き「P01 住民異動届」は変更できません。",
    });
    expect((await s.current()).draftVersion).toBe(1);
  });

  it("answers a stale save with the conflict, not a refusal of the other admin's changes", async () => {
    const s = await setup();
    const draft = parsed();
    draft.procedures[1]!.deadlineDays = 14;
    await s.caller.studio.flows.save({ flowId: s.flow.id, expectedVersion: 1, draft });
    await expect(
      s.caller.studio.flows.save({ flowId: s.flow.id, expectedVersion: 1, draft: parsed() }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("lets the department remove its own form from the shared flow, and refuses another's", async () => {
    const s = await setup();
    const draft = parsed();
    const form = (key: string, departmentKey: string) => ({
      key,
      title: `様式${key}`,
      departmentKey,
      pageCount: 1,
      orientation: "portrait" as const,
      fields: [],
    });
    // 市民課 (the owner) adds its form; 税務課's admin may not remove it.
    const shimin = await createTestStaff(db, {
      municipalityId: s.city.id,
      roles: ["dept_admin"],
      departmentId: s.shimin.id,
    });
    await (await callerFor(db, shimin)).studio.flows.save({
      flowId: s.flow.id,
      expectedVersion: 1,
      draft: { ...draft, forms: [form("F01", "shimin")] },
    });
    await expect(
      s.caller.studio.forms.remove({ flowId: s.flow.id, expectedVersion: 2, formKey: "F01" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("市民課の様式「F01 様式F01」は削除できません。"),
    });
    // Its own form: added by a save, removed by forms.remove.
    await s.caller.studio.flows.save({
      flowId: s.flow.id,
      expectedVersion: 2,
      draft: { ...draft, forms: [form("F01", "shimin"), form("F30", "kodomo")] },
    });
    await expect(
      s.caller.studio.forms.remove({ flowId: s.flow.id, expectedVersion: 3, formKey: "F30" }),
    ).resolves.toMatchObject({ draftVersion: 4 });
    expect((await s.current()).draft.forms.map((f) => f.key)).toEqual(["F01"]);
  });

  it("keeps full rights for the owning department's admins and for a publisher of no department", async () => {
    for (const [roles, department] of [
      [["dept_admin"], "shimin"],
      [["publisher"], "kodomo"],
    ] as const) {
      const c = await createTestCity(db);
      const flow = await createTestFlow(db, { municipalityId: c.city.id, ownerDepartmentId: c.shimin.id });
      const staff = await createTestStaff(db, {
        municipalityId: c.city.id,
        roles: [...roles],
        departmentId: c[department].id,
      });
      const draft = parsed();
      draft.flow.title = "住民異動届";
      draft.procedures.reverse();
      await expect(
        (await callerFor(db, staff)).studio.flows.save({ flowId: flow.id, expectedVersion: 1, draft }),
      ).resolves.toEqual({ draftVersion: 2 });
    }
  });
});
