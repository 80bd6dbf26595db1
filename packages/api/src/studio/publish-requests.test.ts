import { schema } from "@kakanai/db";
import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { createTestCity, createTestFlow, createTestStaff, testDraft } from "../../test/factories";
import { useTestDb } from "../../test/test-db";

const db = useTestDb();

/** A flow of 市民課, its department admin (submits), and a publisher (decides). */
async function reviewSetup() {
  const { city, shimin } = await createTestCity(db);
  const flow = await createTestFlow(db, { municipalityId: city.id, ownerDepartmentId: shimin.id });
  const deptAdmin = await createTestStaff(db, {
    municipalityId: city.id,
    roles: ["dept_admin"],
    departmentId: shimin.id,
    name: "市民 課長",
  });
  const publisher = await createTestStaff(db, {
    municipalityId: city.id,
    roles: ["publisher"],
    name: "公開 担当",
  });
  const admin = await callerFor(db, deptAdmin);
  const pub = await callerFor(db, publisher);
  await admin.studio.flows.save({
    flowId: flow.id,
    expectedVersion: 1,
    draft: testDraft("住民異動（改訂）"),
  });
  return { city, shimin, flow, admin, pub, deptAdmin, publisher };
}

const auditActions = async (municipalityId: string) =>
  (
    await db
      .select({ action: schema.auditLog.action, staffId: schema.auditLog.staffId })
      .from(schema.auditLog)
      .where(eq(schema.auditLog.municipalityId, municipalityId))
      .orderBy(asc(schema.auditLog.id))
  ).filter((r) => r.action.startsWith("flow."));

describe("studio.review (publish approval)", () => {
  it("a department admin submits, a publisher approves: exactly the submitted version is published, each step audited", async () => {
    const { city, flow, admin, pub, deptAdmin, publisher } = await reviewSetup();
    // A department admin alone cannot publish, only ask for it.
    await expect(admin.studio.flows.publish({ flowId: flow.id, expectedVersion: 2 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const submitted = await admin.studio.review.submit({
      flowId: flow.id,
      expectedVersion: 2,
      comment: "題名を改めました",
    });
    expect(submitted.draftVersion).toBe(2);
    expect(await admin.studio.review.forFlow({ flowId: flow.id })).toMatchObject({
      status: "submitted",
      comment: "題名を改めました",
      submittedByName: "市民 課長",
    });
    const pending = await pub.studio.review.list();
    expect(pending).toEqual([
      expect.objectContaining({ id: submitted.requestId, flowTitle: "住民異動（改訂）", draftVersion: 2 }),
    ]);
    // Only one open request per flow.
    await expect(
      admin.studio.review.submit({ flowId: flow.id, expectedVersion: 2, comment: "" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "このフローには審査待ちの申請があります。取り下げてから申請し直してください。",
    });

    const approved = await pub.studio.review.approve({
      requestId: submitted.requestId,
      comment: "確認しました",
    });
    expect(approved.seq).toBe(1);
    const [bundle] = await db.select().from(schema.bundles).where(eq(schema.bundles.flowId, flow.id));
    expect(bundle?.document.flow.title).toBe("住民異動（改訂）");
    expect(bundle?.publishedBy).toBe(publisher.id);
    expect(await admin.studio.review.forFlow({ flowId: flow.id })).toMatchObject({
      status: "approved",
      decidedByName: "公開 担当",
      decisionComment: "確認しました",
    });
    expect(await pub.studio.review.list()).toEqual([]);
    // Deciding twice is refused.
    await expect(
      pub.studio.review.approve({ requestId: submitted.requestId, comment: "" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await auditActions(city.id)).toEqual([
      { action: "flow.submit", staffId: deptAdmin.id },
      { action: "flow.publish", staffId: publisher.id },
      { action: "flow.approve", staffId: publisher.id },
    ]);
  });

  it("refuses to submit a draft whose flow tests fail, naming the test", async () => {
    const { flow, admin, pub } = await reviewSetup();
    const draft = {
      ...testDraft(),
      procedures: testDraft().procedures.map((p) =>
        p.key === "P15" ? { ...p, rule: { var: "moveDate" } } : p,
      ),
      tests: [{ name: "転入で児童手当", answers: {}, expectProcedures: ["P01", "P15"] }],
    };
    await admin.studio.flows.save({ flowId: flow.id, expectedVersion: 2, draft });
    await expect(
      admin.studio.review.submit({ flowId: flow.id, expectedVersion: 3, comment: "" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "公開できません。フローの問題を修正してください。",
      cause: { issues: [expect.objectContaining({ path: "tests[0]" })] },
    });
    expect(await pub.studio.review.list()).toEqual([]);
  });

  it("refuses to approve when the draft changed after the submission, and publishes nothing", async () => {
    const { flow, admin, pub } = await reviewSetup();
    const { requestId } = await admin.studio.review.submit({
      flowId: flow.id,
      expectedVersion: 2,
      comment: "",
    });
    await admin.studio.flows.save({ flowId: flow.id, expectedVersion: 2, draft: testDraft("提出後の変更") });
    await expect(pub.studio.review.approve({ requestId, comment: "" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "提出後に下書きが変更されました。申請者に確認し、差し戻すか、改めて申請してもらってください。",
    });
    expect(await db.select().from(schema.bundles).where(eq(schema.bundles.flowId, flow.id))).toEqual([]);
    expect((await pub.studio.review.list()).map((r) => r.id)).toEqual([requestId]);
  });

  it("four eyes: nobody approves their own request, not even a system admin", async () => {
    const { city, shimin, flow } = await reviewSetup();
    const both = await createTestStaff(db, {
      municipalityId: city.id,
      roles: ["system_admin", "dept_admin", "publisher"],
      departmentId: shimin.id,
    });
    const caller = await callerFor(db, both);
    const { requestId } = await caller.studio.review.submit({
      flowId: flow.id,
      expectedVersion: 2,
      comment: "",
    });
    await expect(caller.studio.review.approve({ requestId, comment: "" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "自分が提出した申請は承認できません。別の公開担当者に承認を依頼してください。",
    });
  });

  it("a return needs a comment, which the submitter then sees; withdrawing is the submitter's alone", async () => {
    const { city, flow, admin, pub, deptAdmin, publisher } = await reviewSetup();
    const first = await admin.studio.review.submit({ flowId: flow.id, expectedVersion: 2, comment: "" });
    await expect(
      pub.studio.review.return({ requestId: first.requestId, comment: "  " }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await pub.studio.review.return({ requestId: first.requestId, comment: "手続きの説明が足りません" });
    expect(await admin.studio.review.forFlow({ flowId: flow.id })).toMatchObject({
      status: "returned",
      decisionComment: "手続きの説明が足りません",
    });
    const second = await admin.studio.review.submit({
      flowId: flow.id,
      expectedVersion: 2,
      comment: "再提出",
    });
    const otherAdmin = await callerFor(
      db,
      await createTestStaff(db, { municipalityId: city.id, roles: ["dept_admin"], departmentId: null }),
    );
    await expect(otherAdmin.studio.review.withdraw({ requestId: second.requestId })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "申請を取り下げられるのは提出した本人だけです。",
    });
    await admin.studio.review.withdraw({ requestId: second.requestId });
    expect(await admin.studio.review.forFlow({ flowId: flow.id })).toMatchObject({ status: "withdrawn" });
    expect(await auditActions(city.id)).toEqual([
      { action: "flow.submit", staffId: deptAdmin.id },
      { action: "flow.return", staffId: publisher.id },
      { action: "flow.submit", staffId: deptAdmin.id },
      { action: "flow.withdraw", staffId: deptAdmin.id },
    ]);
  });

  it("enforces roles and cities: only department admins submit, only publishers decide or list", async () => {
    const { city, flow, admin, pub } = await reviewSetup();
    const { requestId } = await admin.studio.review.submit({
      flowId: flow.id,
      expectedVersion: 2,
      comment: "",
    });
    const denied = { code: "FORBIDDEN", message: "この操作を行う権限がありません。" };
    await expect(admin.studio.review.approve({ requestId, comment: "" })).rejects.toMatchObject(denied);
    await expect(admin.studio.review.return({ requestId, comment: "自分で差し戻し" })).rejects.toMatchObject(
      denied,
    );
    await expect(admin.studio.review.list()).rejects.toMatchObject(denied);
    await expect(
      pub.studio.review.submit({ flowId: flow.id, expectedVersion: 2, comment: "" }),
    ).rejects.toMatchObject(denied);
    const clerk = await callerFor(
      db,
      await createTestStaff(db, { municipalityId: city.id, roles: ["counter_clerk"] }),
    );
    await expect(clerk.studio.review.forFlow({ flowId: flow.id })).rejects.toMatchObject(denied);
    // Another city's publisher finds nothing to approve.
    const other = await reviewSetup();
    await expect(other.pub.studio.review.approve({ requestId, comment: "" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await other.pub.studio.review.list()).toEqual([]);
  });
});
