import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { findFlowRow, getFormAssets } from "@kakanai/db";
import type { FormDef, FormField } from "@kakanai/engine";
import { describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { createTestCity, createTestFlow, createTestStaff, testDraft } from "../../test/factories";
import { useTestDb } from "../../test/test-db";

const db = useTestDb();
const root = new URL("../../../../", import.meta.url);
const pdf = (name: string) =>
  Buffer.from(readFileSync(new URL(`packages/demo-city/src/forms/assets/${name}`, root))).toString("base64");

const field = (name: string, at: Partial<FormField>): FormField => ({
  name,
  type: "text",
  format: "text",
  pageIndex: 0,
  xMm: 20,
  yMm: 20,
  widthMm: 40,
  heightMm: 8,
  ...at,
});

/** A standard-layout form (no PDF, 2 blank A4 pages) with fields in, beyond and off the page. */
const standardForm: FormDef = {
  key: "F21",
  title: "児童手当 認定請求書",
  departmentKey: "kodomo",
  pageCount: 2,
  orientation: "portrait",
  fields: [
    field("氏名", { source: "person.name", xMm: 30, yMm: 40 }),
    field("住所", { source: "address", xMm: 30, yMm: 60, widthMm: 150 }),
    field("裏面の署名", { path: "members.0.name", pageIndex: 1, xMm: 30, yMm: 250 }),
    field("はみ出す欄", { source: "person.kana", xMm: 190, yMm: 280, widthMm: 50, heightMm: 30 }),
  ],
};

async function setup(roles: ("dept_admin" | "publisher" | "counter_clerk")[] = ["dept_admin"]) {
  const { city, kodomo, shimin } = await createTestCity(db);
  const flow = await createTestFlow(db, { municipalityId: city.id, ownerDepartmentId: kodomo.id });
  const staff = await createTestStaff(db, { municipalityId: city.id, roles, departmentId: kodomo.id });
  return { city, flow, shimin, kodomo, caller: await callerFor(db, staff) };
}

describe("studio.forms.replacePdf", () => {
  it("keeps every mapping, keeps fields that fit in place, and lists the ones to place again", async () => {
    const { flow, caller } = await setup();
    const result = await caller.studio.forms.replacePdf({
      flowId: flow.id,
      form: standardForm,
      fileName: "児童手当（課の様式）.pdf",
      dataBase64: pdf("jidou-teate-nintei-seikyu.pdf"),
    });
    expect(result.form).toMatchObject({
      key: "F21",
      title: "児童手当 認定請求書",
      departmentKey: "kodomo",
      pageCount: 1,
      basePdfSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(result.kept).toBe(2);
    expect(result.toPlace).toEqual([
      { name: "裏面の署名", reason: "2ページ目にありましたが、新しいPDFは1ページです" },
      { name: "はみ出す欄", reason: "新しいPDFの用紙からはみ出します" },
    ]);
    const [name, address, back, outside] = result.form.fields;
    // Fitting fields: unchanged, place and mapping.
    expect(name).toEqual(standardForm.fields[0]);
    expect(address).toEqual(standardForm.fields[1]);
    // The others keep what they print and are put back inside the one page.
    expect(back).toMatchObject({ path: "members.0.name", pageIndex: 0, yMm: 250 });
    expect(outside).toMatchObject({ source: "person.kana", pageIndex: 0 });
    expect((outside?.xMm ?? 0) + (outside?.widthMm ?? 0)).toBeLessThanOrEqual(210.01);
    expect((outside?.yMm ?? 0) + (outside?.heightMm ?? 0)).toBeLessThanOrEqual(297.01);
  });

  it("moves a field onto the new PDF's own input field of the same name", async () => {
    const { flow, caller } = await setup();
    const form = {
      ...standardForm,
      fields: [field("claimant_name", { source: "claimant.name", xMm: 5, yMm: 5 })],
    };
    const result = await caller.studio.forms.replacePdf({
      flowId: flow.id,
      form,
      fileName: "fillable.pdf",
      dataBase64: pdf("jidou-teate-nintei-seikyu-fillable.pdf"),
    });
    expect(result.toPlace).toEqual([]);
    expect(result.form.fields[0]).toMatchObject({ source: "claimant.name", xMm: 42, yMm: 60 });
  });

  it("refuses a file that is not a PDF, stores nothing and leaves the draft as it was", async () => {
    const { city, flow, caller } = await setup();
    const bytes = Buffer.from("%PDF-1.7 これはPDFではありません");
    await expect(
      caller.studio.forms.replacePdf({
        flowId: flow.id,
        form: standardForm,
        fileName: "x.pdf",
        dataBase64: bytes.toString("base64"),
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    expect(await getFormAssets(db, { municipalityId: city.id, sha256s: [sha256] })).toEqual({});
    expect((await findFlowRow(db, { flowId: flow.id, municipalityId: city.id }))?.draftVersion).toBe(1);
  });

  it("is for studio roles of the flow's city only", async () => {
    const { flow, caller } = await setup(["counter_clerk"]);
    const input = {
      flowId: flow.id,
      form: standardForm,
      fileName: "a.pdf",
      dataBase64: pdf("jidou-teate-nintei-seikyu.pdf"),
    };
    await expect(caller.studio.forms.replacePdf(input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const other = await setup();
    await expect(other.caller.studio.forms.replacePdf(input)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("studio.forms.remove", () => {
  /** testDraft with F21 printed by P15 and expected by a flow test. */
  async function withForm() {
    const s = await setup(["dept_admin"]);
    const draft = testDraft();
    await s.caller.studio.flows.save({
      flowId: s.flow.id,
      expectedVersion: 1,
      draft: {
        ...draft,
        forms: [standardForm, { ...standardForm, key: "F30", title: "未使用の様式", fields: [] }],
        procedures: draft.procedures.map((p) =>
          p.key === "P15" ? { ...p, forms: [{ formKey: "F21", mode: "household" as const }] } : p,
        ),
        tests: [{ name: "児童手当", answers: {}, expectProcedures: ["P01", "P15"], expectForms: { F21: 1 } }],
      },
    });
    return s;
  }
  const saved = async (s: Awaited<ReturnType<typeof setup>>) =>
    (await s.caller.studio.flows.get({ flowId: s.flow.id })).draft;

  it("refuses while a procedure prints the form, naming it in Japanese, and changes nothing", async () => {
    const s = await withForm();
    const error = await s.caller.studio.forms
      .remove({ flowId: s.flow.id, expectedVersion: 2, formKey: "F21" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "BAD_REQUEST",
      message:
        "様式「F21 児童手当 認定請求書」は手続き P15（児童手当）で印刷されるため削除できません。手続きから外してから削除するか、「手続きから外して削除」を選んでください。",
    });
    const draft = await saved(s);
    expect(draft.forms.map((f) => f.key)).toEqual(["F21", "F30"]);
    expect((await s.caller.studio.flows.get({ flowId: s.flow.id })).draftVersion).toBe(2);
  });

  it("removes an unused form, and a used one when asked to detach it", async () => {
    const s = await withForm();
    await expect(
      s.caller.studio.forms.remove({ flowId: s.flow.id, expectedVersion: 2, formKey: "F30" }),
    ).resolves.toEqual({ draftVersion: 3, detachedFrom: [], testsExpecting: [] });
    await expect(
      s.caller.studio.forms.remove({ flowId: s.flow.id, expectedVersion: 3, formKey: "F21", detach: true }),
    ).resolves.toEqual({ draftVersion: 4, detachedFrom: ["P15（児童手当）"], testsExpecting: ["児童手当"] });
    const draft = await saved(s);
    expect(draft.forms).toEqual([]);
    expect(draft.procedures.find((p) => p.key === "P15")?.forms).toEqual([]);
  });

  it("refuses a stale version, another department's flow and a clerk", async () => {
    const s = await withForm();
    await expect(
      s.caller.studio.forms.remove({ flowId: s.flow.id, expectedVersion: 1, formKey: "F30" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const shiminAdmin = await createTestStaff(db, {
      municipalityId: s.city.id,
      roles: ["dept_admin"],
      departmentId: s.shimin.id,
    });
    await expect(
      (await callerFor(db, shiminAdmin)).studio.forms.remove({
        flowId: s.flow.id,
        expectedVersion: 2,
        formKey: "F30",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const clerk = await createTestStaff(db, { municipalityId: s.city.id, roles: ["counter_clerk"] });
    await expect(
      (await callerFor(db, clerk)).studio.forms.remove({
        flowId: s.flow.id,
        expectedVersion: 2,
        formKey: "F30",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await saved(s)).forms).toHaveLength(2);
  });
});
