import { purgeExpiredSessions, schema } from "@kakanai/db";
import { death } from "@kakanai/demo-city/testing";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { createTestStaff } from "../../test/factories";
import { useTestDb } from "../../test/test-db";
import { checklistPdf } from "../pdf/checklist-pdf";
import { finishedDemoSession, userFor } from "../pdf/testing/demo-session";
import { cancelledSessionMessage } from "./find-session";

const db = useTestDb();
const answers = death({ name: "佐藤 一郎", insurance: "kokuho" }, {});

async function auditRows(municipalityId: string, action: string) {
  return db
    .select()
    .from(schema.auditLog)
    .where(and(eq(schema.auditLog.municipalityId, municipalityId), eq(schema.auditLog.action, action)));
}

describe("the clerk's list of receptions", () => {
  it("names each reception's resident once answered (故 for the deceased), and audits the names it shows", async () => {
    const s = await finishedDemoSession(db, { flowKey: "okuyami", answers, roles: ["bereavement_clerk"] });
    // A second reception, started but not yet answered: no name yet.
    const { bundleId } = await db
      .select({ bundleId: schema.counterSessions.bundleId })
      .from(schema.counterSessions)
      .where(eq(schema.counterSessions.id, s.sessionId))
      .then((rows) => rows[0] ?? { bundleId: "" });
    const fresh = await s.caller.counter.start({ bundleId });

    const list = await s.caller.counter.openSessions();
    expect(list.map((r) => [r.sessionId, r.residentName, r.status])).toEqual([
      [fresh.sessionId, null, "open"],
      [s.sessionId, "故 佐藤 一郎", "determined"],
    ]);
    expect(list[1]?.createdAt).toBeInstanceOf(Date);
    expect(list[1]?.updatedAt).toBeInstanceOf(Date);

    const audit = await auditRows(s.city.id, "session.list");
    expect(audit).toEqual([
      expect.objectContaining({
        staffId: s.clerk.id,
        target: s.clerk.id,
        detail: { sessions: [s.sessionId], finished: false },
      }),
    ]);
    // Ids only: the name read is recorded, never the name itself.
    expect(JSON.stringify(audit)).not.toContain("佐藤");

    // A colleague at the same desk sees none of them, and nothing is recorded for an empty list.
    const b = await createTestStaff(db, {
      municipalityId: s.city.id,
      roles: ["bereavement_clerk"],
      departmentId: s.shimin.id,
    });
    expect(await (await callerFor(db, b)).counter.openSessions()).toEqual([]);
    expect(await auditRows(s.city.id, "session.list")).toHaveLength(1);
  });
});

describe("cancelling a reception", () => {
  it("takes it off the unfinished list, audits reason and clerk, and refuses answers and prints after", async () => {
    const s = await finishedDemoSession(db, { flowKey: "okuyami", answers, roles: ["bereavement_clerk"] });
    const { sessionId, caller } = s;
    const now = new Date();
    const reason = "来庁者が手続きをやめた";
    expect(await caller.counter.cancel({ sessionId, reason })).toEqual({ cancelledAt: expect.any(Date) });

    expect(await caller.counter.openSessions()).toEqual([]);
    const finished = await caller.counter.openSessions({ finished: true });
    expect(finished.map((r) => [r.sessionId, r.status, r.residentName])).toEqual([
      [sessionId, "cancelled", "故 佐藤 一郎"],
    ]);

    expect(await auditRows(s.city.id, "session.cancel")).toEqual([
      expect.objectContaining({ staffId: s.clerk.id, target: sessionId, detail: { reason } }),
    ]);
    const events = await db
      .select({ type: schema.sessionEvents.type, staffId: schema.sessionEvents.staffId })
      .from(schema.sessionEvents)
      .where(eq(schema.sessionEvents.sessionId, sessionId));
    expect(events).toContainEqual({ type: "cancelled", staffId: s.clerk.id });

    const refused = { code: "BAD_REQUEST", message: cancelledSessionMessage };
    await expect(
      caller.counter.answer({ sessionId, path: "deceased.name", value: "佐藤 二郎", revision: 99 }),
    ).rejects.toMatchObject(refused);
    await expect(caller.counter.session({ sessionId })).rejects.toMatchObject(refused);
    await expect(caller.counter.finish({ sessionId })).rejects.toMatchObject(refused);
    await expect(caller.counter.complete({ sessionId })).rejects.toMatchObject(refused);
    await expect(caller.counter.cancel({ sessionId, reason })).rejects.toMatchObject(refused);
    await expect(
      checklistPdf(db, { user: await userFor(db, s.clerk.loginId), sessionId }),
    ).rejects.toMatchObject({ message: cancelledSessionMessage });
    // The answers stayed as they were.
    const [row] = await db
      .select()
      .from(schema.counterSessions)
      .where(eq(schema.counterSessions.id, sessionId));
    expect(row?.status).toBe("cancelled");
    expect(row?.answers).toMatchObject({ deceased: { name: "佐藤 一郎" } });
    expect(row?.completedAt?.getTime()).toBeGreaterThanOrEqual(now.getTime() - 1000);

    // No statistics row (nothing was done for the resident); the retention purge empties it later
    // and it stays cancelled.
    const stats = await db
      .select()
      .from(schema.receptionStats)
      .where(eq(schema.receptionStats.sessionId, sessionId));
    expect(stats).toEqual([]);
    // As if cancelled 31 days ago (other test files share the database: only this row is aged).
    const monthAgo = new Date(now.getTime() - 31 * 24 * 60 * 60 * 1000);
    await db
      .update(schema.counterSessions)
      .set({ completedAt: monthAgo, updatedAt: monthAgo })
      .where(eq(schema.counterSessions.id, sessionId));
    await purgeExpiredSessions(db, { now, limit: 10_000 });
    const [purged] = await db
      .select()
      .from(schema.counterSessions)
      .where(eq(schema.counterSessions.id, sessionId));
    expect(purged).toMatchObject({ status: "cancelled", answers: {}, determination: null });
    expect(purged?.purgedAt).not.toBeNull();
    expect((await caller.counter.openSessions({ finished: true }))[0]).toMatchObject({
      sessionId,
      residentName: null,
    });
  });

  it("needs a reason, and only the holder cancels", async () => {
    const s = await finishedDemoSession(db, { flowKey: "okuyami", answers, roles: ["bereavement_clerk"] });
    await expect(s.caller.counter.cancel({ sessionId: s.sessionId, reason: "   " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("取り消す理由を選ぶか入力してください。"),
    });
    const b = await createTestStaff(db, {
      municipalityId: s.city.id,
      roles: ["bereavement_clerk"],
      departmentId: s.shimin.id,
    });
    await expect(
      (await callerFor(db, b)).counter.cancel({ sessionId: s.sessionId, reason: "誤って受付を始めた" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await s.caller.counter.openSessions()).map((r) => r.status)).toEqual(["determined"]);
    expect(await auditRows(s.city.id, "session.cancel")).toEqual([]);
  });
});
