import { schema } from "@kakanai/db";
import { household, person, twelvePeople } from "@kakanai/demo-city/testing";
import type { Answers, HandoffRecord } from "@kakanai/engine";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { createTestStaff } from "../../test/factories";
import { useTestDb } from "../../test/test-db";
import { jstTimestamp } from "../audit/read-audit";
import { runRetentionPurge } from "../jobs/retention-purge";
import { createHandoffRouteHandler } from "../next";
import { finishedDemoSession } from "../pdf/testing/demo-session";

const db = useTestDb();
const handler = createHandoffRouteHandler({ getDb: () => db });
const today = () => jstTimestamp(new Date()).slice(0, 10);
const [, , head, wife] = twelvePeople as { name: string }[];

async function completedCity() {
  const answers = household(
    "tennyu",
    [head, wife].filter((m) => m !== undefined).map((m) => person(m.name, "", m as never)),
    {},
  ) as Answers;
  const s = await finishedDemoSession(db, { flowKey: "jumin-idou", answers, roles: ["counter_clerk"] });
  await s.caller.counter.complete({ sessionId: s.sessionId });
  const admin = await callerFor(
    db,
    await createTestStaff(db, { municipalityId: s.city.id, roles: ["system_admin"] }),
  );
  return { ...s, admin };
}

const get = (query: string, token?: string) =>
  handler(
    new Request(`http://localhost/api/handoff?${query}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    }),
  );

describe("hand-off to the 基幹系: completed receptions by token, JSON and CSV, audited", () => {
  it("serves this city's completed receptions to its token only, and audits each read", async () => {
    const s = await completedCity();
    await expect(s.caller.handoff.createToken({ name: "住基" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { token, id } = await s.admin.handoff.createToken({ name: "住民記録システム" });
    expect(token).toMatch(/^kk_[A-Za-z0-9_-]{43}$/);

    const refused = await get(`from=${today()}`);
    expect(refused.status).toBe(401);
    expect(await refused.text()).toContain("連携用トークン");
    expect((await get(`from=${today()}`, `${token}x`)).status).toBe(401);

    const ok = await get(`from=${today()}&to=${today()}`, token);
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { recordVersion: string; receptions: HandoffRecord[] };
    expect(body.recordVersion).toBe("1");
    const mine = body.receptions.find((r) => r.receptionId === s.sessionId);
    expect(mine?.residents.map((r) => r.name)).toEqual([head?.name, wife?.name]);
    expect(mine?.procedures.map((p) => p.key)).toEqual(s.determination.procedures.map((p) => p.key));
    expect(body.receptions.every((r) => r.flow.key === "jumin-idou")).toBe(true);

    const csv = await get(`from=${today()}&format=csv`, token);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const lines = (await csv.text()).split("\r\n").filter((l) => l.includes(s.sessionId));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(`"${head?.name}"`);

    // Another city's token sees none of it.
    const other = await completedCity();
    const { token: otherToken } = await other.admin.handoff.createToken({ name: "住基" });
    const otherBody = (await (await get(`from=${today()}`, otherToken)).json()) as {
      receptions: HandoffRecord[];
    };
    expect(otherBody.receptions.map((r) => r.receptionId)).toEqual([other.sessionId]);

    const reads = await db.select().from(schema.auditLog).where(eq(schema.auditLog.target, id));
    expect(reads.map((r) => r.action)).toEqual(["integration.create", "handoff.read", "handoff.read"]);
    expect(reads[1]?.detail).toMatchObject({ system: "住民記録システム", count: 1, format: "json" });
    expect(JSON.stringify(reads)).not.toContain(head?.name);

    await s.admin.handoff.revokeToken({ id });
    expect((await get(`from=${today()}`, token)).status).toBe(401);
    expect((await s.admin.handoff.tokens())[0]?.revokedAt).not.toBeNull();
  });

  it("leaves purged receptions out, refuses a bad period in Japanese, and exports a file for the system admin", async () => {
    const s = await completedCity();
    const { token } = await s.admin.handoff.createToken({ name: "住基" });
    const bad = await get("from=2026-13-40", token);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/期間/);

    const file = await s.admin.handoff.exportFile({ fromDay: today(), toDay: today(), format: "json" });
    expect(file.fileName).toMatch(/^kakanai-handoff-v1_.*\.json$/);
    expect(JSON.parse(file.content).receptions).toHaveLength(1);
    const csvFile = await s.admin.handoff.exportFile({ fromDay: today(), toDay: today(), format: "csv" });
    expect(csvFile.content).toContain(`"${wife?.name}"`);
    await expect(
      s.caller.handoff.exportFile({ fromDay: today(), toDay: today(), format: "csv" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });

    await db
      .update(schema.counterSessions)
      .set({ completedAt: new Date(Date.now() - 40 * 86_400_000) })
      .where(eq(schema.counterSessions.id, s.sessionId));
    await runRetentionPurge(db);
    const old = jstTimestamp(new Date(Date.now() - 40 * 86_400_000)).slice(0, 10);
    const after = (await (await get(`from=${old}&to=${today()}`, token)).json()) as {
      receptions: HandoffRecord[];
    };
    expect(after.receptions).toEqual([]);
  });
});
