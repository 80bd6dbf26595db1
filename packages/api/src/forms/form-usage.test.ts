import { createFlow, findFlowRow } from "@kakanai/db";
import type { FormDef } from "@kakanai/engine";
import { describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { createTestCity, createTestFlow, createTestStaff, testDraft } from "../../test/factories";
import { useTestDb } from "../../test/test-db";

const db = useTestDb();

const form = (fields: FormDef["fields"]): FormDef => ({
  key: "F21",
  title: "児童手当 認定請求書",
  departmentKey: "kodomo",
  pageCount: 1,
  orientation: "portrait",
  fields,
});
const box = {
  type: "text" as const,
  format: "text" as const,
  pageIndex: 0,
  xMm: 10,
  yMm: 10,
  widthMm: 40,
  heightMm: 8,
};

describe("studio.forms.usage", () => {
  it("lists the other flows that hold the form and what its mapping cannot fill there", async () => {
    const { city, kodomo } = await createTestCity(db);
    const tennyu = await createTestFlow(db, { municipalityId: city.id, ownerDepartmentId: kodomo.id });
    const draft = testDraft("出生");
    const printed = form([{ ...box, name: "氏名", path: "members.$row.name", row: 0 }]);
    const shussei = await createFlow(db, {
      municipalityId: city.id,
      key: "shussei",
      title: "出生",
      kind: "shussei",
      ownerDepartmentId: kodomo.id,
      draft: {
        ...draft,
        flow: { ...draft.flow, key: "shussei", kind: "shussei" },
        forms: [printed],
        procedures: draft.procedures.map((p) =>
          p.key === "P15" ? { ...p, forms: [{ formKey: "F21", mode: "household" as const }] } : p,
        ),
      },
    });
    const staff = await createTestStaff(db, {
      municipalityId: city.id,
      roles: ["dept_admin"],
      departmentId: kodomo.id,
    });
    const caller = await callerFor(db, staff);

    // The same mapping resolves in 出生 (it has members.name).
    await expect(caller.studio.forms.usage({ flowId: tennyu.id, form: printed })).resolves.toEqual([
      {
        flowId: shussei.id,
        flowTitle: "出生",
        printedBy: ["P15（児童手当）"],
        samePdf: true,
        unresolved: [],
      },
    ]);
    // A field reading an answer 出生 does not have would print blank there: said before publishing.
    const extended = form([...printed.fields, { ...box, name: "電話", path: "applicant.phone" }]);
    const [use] = await caller.studio.forms.usage({ flowId: tennyu.id, form: extended });
    expect(use?.unresolved).toEqual([
      "様式「F21 児童手当 認定請求書」の欄「電話」が回答「applicant.phone」を印刷しますが、このフローにその質問がありません（空欄で印刷されます）",
    ]);
    // Another city sees none of it.
    const other = await createTestCity(db);
    const stranger = await createTestStaff(db, { municipalityId: other.city.id, roles: ["publisher"] });
    await expect(
      (await callerFor(db, stranger)).studio.forms.usage({ flowId: tennyu.id, form: printed }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("studio.forms.copyToFlow", () => {
  it("puts the saved form into another flow that can fill it, and refuses one that cannot", async () => {
    const { city, kodomo, shimin } = await createTestCity(db);
    const tennyu = await createTestFlow(db, { municipalityId: city.id, ownerDepartmentId: kodomo.id });
    const base = testDraft("出生");
    const shussei = await createFlow(db, {
      municipalityId: city.id,
      key: "shussei",
      title: "出生",
      kind: "shussei",
      ownerDepartmentId: kodomo.id,
      draft: {
        ...base,
        flow: { ...base.flow, key: "shussei", kind: "shussei" },
        forms: [form([])],
        procedures: base.procedures.map((p) =>
          p.key === "P15" ? { ...p, forms: [{ formKey: "F21", mode: "household" as const }] } : p,
        ),
      },
    });
    const staff = await createTestStaff(db, {
      municipalityId: city.id,
      roles: ["dept_admin"],
      departmentId: kodomo.id,
    });
    const caller = await callerFor(db, staff);
    const withFields = (fields: FormDef["fields"]) =>
      caller.studio.flows.save({
        flowId: tennyu.id,
        expectedVersion: 1,
        draft: { ...testDraft(), forms: [form(fields)] },
      });

    // A field 出生 cannot fill: refused, naming it, and 出生 stays as it was.
    await withFields([{ ...box, name: "電話", path: "applicant.phone" }]);
    const error = await caller.studio.forms
      .copyToFlow({ flowId: tennyu.id, formKey: "F21", targetFlowId: shussei.id })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("「出生」ではこの様式の欄を埋められないため反映できません"),
    });
    const before = await findFlowRow(db, { flowId: shussei.id, municipalityId: city.id });
    expect(before?.draftVersion).toBe(1);
    expect(before?.draft.forms[0]?.fields).toEqual([]);

    // A mapping 出生 can fill is carried over under the same number.
    await caller.studio.flows.save({
      flowId: tennyu.id,
      expectedVersion: 2,
      draft: { ...testDraft(), forms: [form([{ ...box, name: "氏名", path: "members.$row.name", row: 0 }])] },
    });
    await expect(
      caller.studio.forms.copyToFlow({ flowId: tennyu.id, formKey: "F21", targetFlowId: shussei.id }),
    ).resolves.toEqual({ flowTitle: "出生", draftVersion: 2, added: false });
    const after = await findFlowRow(db, { flowId: shussei.id, municipalityId: city.id });
    expect(after?.draft.forms.map((f) => f.fields?.map((x) => x.name))).toEqual([["氏名"]]);

    // A department admin of another department cannot change こども育成課's form in its flow (copying
    // the same form again changes nothing and is allowed; a new mapping is a change).
    await caller.studio.flows.save({
      flowId: tennyu.id,
      expectedVersion: 3,
      draft: { ...testDraft(), forms: [form([{ ...box, name: "名前", path: "members.$row.name", row: 0 }])] },
    });
    const other = await createTestStaff(db, {
      municipalityId: city.id,
      roles: ["dept_admin"],
      departmentId: shimin.id,
    });
    await expect(
      (await callerFor(db, other)).studio.forms.copyToFlow({
        flowId: tennyu.id,
        formKey: "F21",
        targetFlowId: shussei.id,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
