import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { schema } from "@kakanai/db";
import type { FormDef } from "@kakanai/engine";
import { poppler } from "@kakanai/pdf/testing";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { createTestCity, createTestFlow, createTestStaff, testDraft } from "../../test/factories";
import { useTestDb } from "../../test/test-db";
import { bundleContentHash } from "../bundle-integrity";
import { userFor } from "../pdf/testing/demo-session";
import { todokePdf } from "../pdf/todoke-pdf";

const db = useTestDb();
const pdfBytes = () =>
  new Uint8Array(
    readFileSync(
      new URL(
        "../../../../packages/demo-city/src/forms/assets/jidou-teate-nintei-seikyu-fillable.pdf",
        import.meta.url,
      ),
    ),
  );
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

/** A city with one studio + counter user (市民課) and the test flow. */
async function city() {
  const test = await createTestCity(db);
  const flow = await createTestFlow(db, { municipalityId: test.city.id, ownerDepartmentId: test.shimin.id });
  const staff = await createTestStaff(db, {
    municipalityId: test.city.id,
    roles: ["dept_admin", "publisher", "counter_clerk"],
    departmentId: test.shimin.id,
  });
  return { ...test, flow, staff, caller: await callerFor(db, staff) };
}

/** The test draft with one 市民課 form printed once for P01, over the given base PDF (or blank). */
function draftWithForm(basePdfSha256?: string) {
  const form: FormDef = {
    key: "F90",
    title: "児童手当認定請求書",
    departmentKey: "shimin",
    ...(basePdfSha256 ? { basePdfSha256 } : {}),
    pageCount: 1,
    orientation: "portrait",
    fields: [
      {
        name: "moveDate",
        type: "text",
        pageIndex: 0,
        xMm: 20,
        yMm: 30,
        widthMm: 60,
        heightMm: 8,
        path: "moveDate",
        format: "wareki",
      },
    ],
  };
  const draft = testDraft();
  return {
    ...draft,
    procedures: draft.procedures.map((p) =>
      p.key === "P01" ? { ...p, forms: [{ formKey: "F90", mode: "once" as const }] } : p,
    ),
    forms: [form],
  };
}

async function publishAndFinish(
  c: Awaited<ReturnType<typeof city>>,
  draft: ReturnType<typeof draftWithForm>,
) {
  await c.caller.studio.flows.save({ flowId: c.flow.id, expectedVersion: 1, draft });
  await c.caller.studio.flows.publish({ flowId: c.flow.id, expectedVersion: 2 });
  const [bundle] = await db.select().from(schema.bundles).where(eq(schema.bundles.flowId, c.flow.id));
  const bundleId = bundle?.id ?? "";
  const { sessionId } = await c.caller.counter.start({ bundleId });
  const { revision } = await c.caller.counter.answer({
    sessionId,
    path: "moveDate",
    value: "2026-04-01",
    revision: 0,
  });
  await c.caller.counter.answer({ sessionId, path: "members", value: [{ name: "山田 太郎" }], revision });
  await c.caller.counter.finish({ sessionId });
  return { bundleId, sessionId };
}

describe("base PDFs are per municipality", () => {
  it("city A uploads and prints; city B can neither read, publish nor print A's upload", async () => {
    const a = await city();
    const b = await city();
    const uploaded = await a.caller.studio.forms.upload({
      flowId: a.flow.id,
      fileName: "児童手当.pdf",
      dataBase64: base64(pdfBytes()),
    });
    expect(uploaded.sha256).toBe(createHash("sha256").update(pdfBytes()).digest("hex"));
    const grants = await db
      .select()
      .from(schema.municipalityFormAssets)
      .where(eq(schema.municipalityFormAssets.municipalityId, a.city.id));
    expect(grants).toEqual([
      expect.objectContaining({ sha256: uploaded.sha256, fileName: "児童手当.pdf", uploadedBy: a.staff.id }),
    ]);

    // The studio's Designer: A reads its own upload, B gets NOT_FOUND for the very same hash.
    const own = await a.caller.studio.forms.basePdf({ sha256: uploaded.sha256 });
    expect(Buffer.from(own.pdfBase64, "base64")).toEqual(Buffer.from(pdfBytes()));
    await expect(b.caller.studio.forms.basePdf({ sha256: uploaded.sha256 })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "様式のPDFが見つかりません。",
    });
    // The studio's preview of a form over A's PDF is refused to B the same way.
    const foreignForm = draftWithForm(uploaded.sha256).forms[0] as FormDef;
    await expect(
      b.caller.studio.forms.preview({ flowId: b.flow.id, form: foreignForm, sample: "household-1" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringContaining("様式「児童手当認定請求書」"),
    });

    // B's draft naming A's hash is saved (a draft is a work in progress) but never published.
    await b.caller.studio.flows.save({
      flowId: b.flow.id,
      expectedVersion: 1,
      draft: draftWithForm(uploaded.sha256),
    });
    const refused = await b.caller.studio.flows
      .publish({ flowId: b.flow.id, expectedVersion: 2 })
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: "BAD_REQUEST",
      message: "公開できません。フローの問題を修正してください。",
      cause: {
        issues: [
          {
            path: "forms[0].basePdfSha256",
            message: expect.stringContaining(
              "様式「児童手当認定請求書」（F90）の元のPDFがこの市区町村にありません",
            ),
          },
        ],
      },
    });
    expect(await b.caller.studio.flows.bundles({ flowId: b.flow.id })).toEqual([]);

    // A publishes the same draft and prints the form over its own upload.
    const printed = await publishAndFinish(a, draftWithForm(uploaded.sha256));
    const pdf = await todokePdf(db, {
      user: await userFor(db, a.staff.loginId),
      sessionId: printed.sessionId,
    });
    expect(poppler.pageCount(pdf)).toBe(1);
    expect(poppler.text(pdf)).toContain("令和8年4月1日");
  });

  it("refuses to print a bundle that names another city's base PDF (published before the check)", async () => {
    const a = await city();
    const b = await city();
    const { sha256 } = await a.caller.studio.forms.upload({
      flowId: a.flow.id,
      fileName: "児童手当.pdf",
      dataBase64: base64(pdfBytes()),
    });
    const { bundleId, sessionId } = await publishAndFinish(b, draftWithForm());
    // Bundles are immutable (the database refuses updates); this stands in for one frozen before
    // publishing checked base PDFs, written around the triggers with a hash that matches its content.
    // Other content is another hash: the server's bundle cache (keyed by id and hash) reads it anew.
    const [row] = await db.select().from(schema.bundles).where(eq(schema.bundles.id, bundleId));
    if (!row) throw new Error("the bundle just published is missing");
    const forged = {
      ...row.document,
      forms: row.document.forms.map((f) => ({ ...f, basePdfSha256: sha256 })),
    };
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx
        .update(schema.bundles)
        .set({ document: forged, contentHash: bundleContentHash(forged) })
        .where(eq(schema.bundles.id, bundleId));
    });
    await expect(
      todokePdf(db, { user: await userFor(db, b.staff.loginId), sessionId }),
    ).rejects.toMatchObject({
      kind: "NOT_FOUND",
      message: expect.stringContaining("様式「児童手当認定請求書」（F90）の元のPDFが見つかりません"),
    });
  });
});
