import { createFlow } from "@kakanai/db";
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
