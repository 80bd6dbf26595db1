import { schema } from "@kakanai/db";
import { household, person, twelvePeople } from "@kakanai/demo-city/testing";
import type { Answers } from "@kakanai/engine";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, inject, it } from "vitest";
import { callerFor } from "../../test/caller";
import { createTestStaff } from "../../test/factories";
import { useTestDb } from "../../test/test-db";
import { alreadyCompletedMessage } from "../counter/complete-session";
import { purgedSessionMessage } from "../counter/find-session";
import { finishedDemoSession } from "../pdf/testing/demo-session";
import { retentionCron, retentionQueue, runRetentionPurge, startJobRunner } from "./index";

const db = useTestDb();
const day = 24 * 60 * 60 * 1000;

const [, , head, wife] = twelvePeople as { name: string }[];
const couple = () =>
  household(
    "tennyu",
    [head, wife].filter((m) => m !== undefined).map((m) => person(m.name, "", m as never)),
    {},
  ) as Answers;

async function completedReception() {
  const s = await finishedDemoSession(db, {
    flowKey: "jumin-idou",
    answers: couple(),
    roles: ["counter_clerk"],
  });
  const { completedAt } = await s.caller.counter.complete({ sessionId: s.sessionId });
  return { ...s, completedAt };
}

/** Moves a reception's clock back, as if it had been completed (and last touched) `days` ago. */
async function age(sessionId: string, days: number) {
  const at = new Date(Date.now() - days * day);
  await db
    .update(schema.counterSessions)
    .set({
      completedAt: sql`case when completed_at is null then null else ${at.toISOString()}::timestamptz end`,
      updatedAt: at,
    })
    .where(eq(schema.counterSessions.id, sessionId));
}

async function row(sessionId: string) {
  const [r] = await db.select().from(schema.counterSessions).where(eq(schema.counterSessions.id, sessionId));
  if (!r) throw new Error("session row gone");
  return r;
}

async function figures(municipalityId: string) {
  const stats = await db
    .select()
    .from(schema.receptionStats)
    .where(eq(schema.receptionStats.municipalityId, municipalityId));
  const events = await db
    .select({ type: schema.sessionEvents.type, departmentKey: schema.sessionEvents.departmentKey })
    .from(schema.sessionEvents)
    .where(eq(schema.sessionEvents.municipalityId, municipalityId));
  return { stats, events: events.map((e) => `${e.type}:${e.departmentKey ?? ""}`).sort() };
}

describe("retention: completed receptions are purged after the city's period; the figures stay", () => {
  it("completes a determined reception once and writes its anonymous figures", async () => {
    const s = await completedReception();
    const r = await row(s.sessionId);
    expect(r.status).toBe("completed");
    expect(r.completedAt?.getTime()).toBe(s.completedAt.getTime());
    const { stats, events } = await figures(s.city.id);
    expect(stats).toHaveLength(1);
    expect(stats[0]).toMatchObject({
      sessionId: s.sessionId,
      flowKey: "jumin-idou",
      flowKind: "jumin-idou",
      departmentKey: "shimin",
      procedures: s.determination.procedures.map((p) => ({ key: p.key, departmentKey: p.departmentKey })),
      departmentKeys: s.determination.departments.map((d) => d.key),
    });
    expect(JSON.stringify(stats)).not.toContain(head?.name);
    expect(events).toContain("completed:");
    await expect(s.caller.counter.complete({ sessionId: s.sessionId })).rejects.toThrow(
      alreadyCompletedMessage,
    );
    await expect(
      s.caller.counter.answer({
        sessionId: s.sessionId,
        path: "moveDate",
        value: "2026-01-01",
        revision: r.revision,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("purges after 30 days (not at 29), keeps events and figures, and says so in Japanese", async () => {
    const s = await completedReception();
    const before = await figures(s.city.id);

    await age(s.sessionId, 29);
    await runRetentionPurge(db);
    expect((await row(s.sessionId)).purgedAt).toBeNull();
    expect((await row(s.sessionId)).answers).not.toEqual({});

    await age(s.sessionId, 31);
    expect(await runRetentionPurge(db)).toBeGreaterThanOrEqual(1);
    const purged = await row(s.sessionId);
    expect(purged.answers).toEqual({});
    expect(purged.determination).toBeNull();
    expect(purged.purgedAt).not.toBeNull();
    expect(JSON.stringify(purged)).not.toContain(head?.name);

    expect(await figures(s.city.id)).toEqual(before);
    await expect(s.caller.counter.session({ sessionId: s.sessionId })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: purgedSessionMessage,
    });
  });

  it("follows the city's own period, and purges receptions left unfinished as long", async () => {
    const s = await completedReception();
    const admin = await callerFor(
      db,
      await createTestStaff(db, { municipalityId: s.city.id, roles: ["system_admin"] }),
    );
    await expect(s.caller.admin.settings.setRetention({ retentionDays: 7 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(admin.admin.settings.setRetention({ retentionDays: 0 })).rejects.toThrow(/1日以上/);
    expect(await admin.admin.settings.setRetention({ retentionDays: 7 })).toEqual({ retentionDays: 7 });
    expect(await admin.admin.settings.get()).toMatchObject({ retentionDays: 7 });
    await age(s.sessionId, 8);
    const { sessionId: abandoned } = await s.caller.counter.start({
      bundleId: (await row(s.sessionId)).bundleId,
    });
    const { sessionId: recent } = await s.caller.counter.start({
      bundleId: (await row(s.sessionId)).bundleId,
    });
    await age(abandoned, 8);
    await runRetentionPurge(db);
    expect((await row(s.sessionId)).purgedAt).not.toBeNull();
    expect(await row(abandoned)).toMatchObject({ status: "completed", answers: {} });
    expect((await row(abandoned)).purgedAt).not.toBeNull();
    expect((await row(recent)).purgedAt).toBeNull();
    // Only completed receptions are counted as completed.
    const { stats } = await figures(s.city.id);
    expect(stats.map((x) => x.sessionId)).toEqual([s.sessionId]);
  });

  it("runs on its own: pg-boss schedules the purge hourly and a due job purges", async () => {
    const s = await completedReception();
    await age(s.sessionId, 31);
    const runner = await startJobRunner({
      databaseUrl: inject("databaseUrl"),
      db,
      pollingIntervalSeconds: 0.5,
    });
    try {
      const schedules = await runner.boss.getSchedules();
      expect(schedules).toEqual(
        expect.arrayContaining([expect.objectContaining({ name: retentionQueue, cron: retentionCron })]),
      );
      await runner.boss.send(retentionQueue, {});
      await expect
        .poll(async () => (await row(s.sessionId)).purgedAt, { timeout: 20_000, interval: 250 })
        .not.toBeNull();
    } finally {
      await runner.stop();
    }
    const left = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.receptionStats)
      .where(and(eq(schema.receptionStats.sessionId, s.sessionId)));
    expect(left[0]?.n).toBe(1);
  });
});
