import { findQrSecret, schema } from "@kakanai/db";
import { household, person, twelvePeople } from "@kakanai/demo-city/testing";
import type { Answers } from "@kakanai/engine";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { createTestStaff } from "../../test/factories";
import { useTestDb } from "../../test/test-db";
import { jstTimestamp } from "../audit/read-audit";
import { runRetentionPurge } from "../jobs/retention-purge";
import { finishedDemoSession } from "../pdf/testing/demo-session";
import { signSlipCode } from "../qr-token";

const db = useTestDb();
const today = () => jstTimestamp(new Date()).slice(0, 10);

/** A family with a child: こども育成課 has procedures, so it can scan the slip. */
function family(): Answers {
  const [, , head, wife, ...children] = twelvePeople as { name: string }[];
  const cast = [head, wife, children.at(-1)].filter((m) => m !== undefined);
  return household(
    "tennyu",
    cast.map((m) => person(m.name, "", m as never)),
    {},
  ) as Answers;
}

/** One completed reception with a こども育成課 linkage, one started and left open, one cancelled. */
async function cityWithReceptions() {
  const s = await finishedDemoSession(db, {
    flowKey: "jumin-idou",
    answers: family(),
    roles: ["counter_clerk"],
  });
  const secret = await findQrSecret(db, { municipalityId: s.city.id });
  const kodomoClerk = await createTestStaff(db, {
    municipalityId: s.city.id,
    roles: ["department_clerk"],
    departmentId: s.kodomo.id,
  });
  await (await callerFor(db, kodomoClerk)).scan.resolve({
    code: signSlipCode({
      sessionId: s.sessionId,
      expiresAt: new Date(Date.now() + 86_400_000),
      secret: secret ?? "",
    }),
  });
  await s.caller.counter.complete({ sessionId: s.sessionId });
  const [row] = await db
    .select({ bundleId: schema.counterSessions.bundleId })
    .from(schema.counterSessions)
    .where(eq(schema.counterSessions.id, s.sessionId));
  await s.caller.counter.start({ bundleId: row?.bundleId ?? "" });
  const cancelled = await s.caller.counter.start({ bundleId: row?.bundleId ?? "" });
  await s.caller.counter.cancel({ sessionId: cancelled.sessionId, reason: "誤って受付を始めた" });
  const admin = await createTestStaff(db, { municipalityId: s.city.id, roles: ["system_admin"] });
  return { ...s, admin: await callerFor(db, admin) };
}

describe("statistics: receptions, linkages and procedures by period and department", () => {
  it("counts the city's receptions, linkages and determined procedures, and survives the purge", async () => {
    const s = await cityWithReceptions();
    const query = { fromDay: today(), toDay: today(), bucket: "day" as const };
    const overview = await s.admin.stats.overview(query);
    expect(overview.series).toEqual([
      { period: today(), receptions: 3, completed: 1, cancelled: 1, linkages: 1, formsPrinted: 0 },
    ]);
    expect(overview.totals).toEqual({
      receptions: 3,
      completed: 1,
      cancelled: 1,
      linkages: 1,
      formsPrinted: 0,
    });
    const determined = s.determination.procedures;
    expect(overview.procedures.map((p) => p.title).sort()).toEqual(determined.map((p) => p.title).sort());
    expect(overview.procedures.find((p) => p.title === "児童手当")).toMatchObject({
      departmentName: "こども育成課",
      count: 1,
      flowTitle: expect.stringMatching(/^住民異動/),
    });

    // Purged answers take nothing from the figures.
    await db
      .update(schema.counterSessions)
      .set({ completedAt: new Date(Date.now() - 40 * 86_400_000) })
      .where(eq(schema.counterSessions.id, s.sessionId));
    await runRetentionPurge(db);
    const [purged] = await db
      .select({ purgedAt: schema.counterSessions.purgedAt })
      .from(schema.counterSessions)
      .where(eq(schema.counterSessions.id, s.sessionId));
    expect(purged?.purgedAt).not.toBeNull();
    expect(await s.admin.stats.overview(query)).toEqual(overview);

    const { csv } = await s.admin.stats.exportCsv(query);
    expect(csv).toContain(`"${today()}","3","1","1","1","0"`);
    expect(csv).toContain('"合計","3","1","1","1","0"');
    expect(csv).toContain('"児童手当","こども育成課","1"');
  });

  it("fills quiet periods with zero, by week and by month", async () => {
    const s = await cityWithReceptions();
    const byMonth = await s.admin.stats.overview({
      fromDay: "2026-01-01",
      toDay: "2026-03-31",
      bucket: "month",
    });
    expect(byMonth.series.map((p) => p.period)).toEqual(["2026-01-01", "2026-02-01", "2026-03-01"]);
    expect(byMonth.totals.receptions).toBe(0);
    const byWeek = await s.admin.stats.overview({
      fromDay: "2026-11-25",
      toDay: "2026-12-08",
      bucket: "week",
    });
    expect(byWeek.series.map((p) => p.period)).toEqual(["2026-11-23", "2026-11-30", "2026-12-07"]);
  });

  it("shows a department admin their own department only, and refuses others in Japanese", async () => {
    const s = await cityWithReceptions();
    const kodomoAdmin = await callerFor(
      db,
      await createTestStaff(db, {
        municipalityId: s.city.id,
        roles: ["dept_admin"],
        departmentId: s.kodomo.id,
      }),
    );
    const query = { fromDay: today(), toDay: today(), bucket: "day" as const };
    const own = await kodomoAdmin.stats.overview(query);
    expect(own.department).toEqual({ key: "kodomo", name: "こども育成課" });
    expect(own.totals.linkages).toBe(1);
    expect(new Set(own.procedures.map((p) => p.departmentName))).toEqual(new Set(["こども育成課"]));
    await expect(kodomoAdmin.stats.overview({ ...query, departmentKey: "shimin" })).rejects.toThrow(
      "他の課の統計は見られません。",
    );
    const shimin = await s.admin.stats.overview({ ...query, departmentKey: "shimin" });
    expect(shimin.totals.linkages).toBe(0);
    await expect(s.caller.stats.overview(query)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      s.admin.stats.overview({ fromDay: "2020-01-01", toDay: "2026-01-01", bucket: "day" }),
    ).rejects.toThrow(/期間を短く/);
  });
});
