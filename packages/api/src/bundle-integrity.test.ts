import { insertAudit, schema } from "@kakanai/db";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { callerFor } from "../test/caller";
import { createTestCity, createTestFlow, createTestStaff } from "../test/factories";
import { useTestDb } from "../test/test-db";
import { bundleTamperedMessage } from "./bundle-integrity";
import { publishFlow } from "./studio/publish-flow";

const db = useTestDb();

async function published() {
  const { city, shimin } = await createTestCity(db);
  const flow = await createTestFlow(db, { municipalityId: city.id });
  const { bundleId } = await publishFlow(db, { flowId: flow.id, by: null });
  return { city, shimin, flow, bundleId };
}

/** What PostgreSQL answered, or "ok" when it accepted the statement. */
async function outcome(statement: Promise<unknown>): Promise<string> {
  try {
    await statement;
    return "ok";
  } catch (error) {
    return String((error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message);
  }
}

describe("published bundles are immutable in the database", () => {
  it("refuses UPDATE, DELETE and TRUNCATE of a bundle", async () => {
    const { bundleId } = await published();
    const byId = eq(schema.bundles.id, bundleId);
    expect(
      await outcome(
        db
          .update(schema.bundles)
          .set({ contentHash: "0".repeat(64) })
          .where(byId),
      ),
    ).toMatch(/bundles is append-only: UPDATE refused/);
    expect(await outcome(db.delete(schema.bundles).where(byId))).toMatch(
      /bundles is append-only: DELETE refused/,
    );
    expect(await outcome(db.execute(sql`truncate bundles cascade`))).toMatch(/append-only: TRUNCATE refused/);
    const [row] = await db.select({ id: schema.bundles.id }).from(schema.bundles).where(byId);
    expect(row?.id).toBe(bundleId);
  });

  it("refuses UPDATE, DELETE and TRUNCATE of an audit row", async () => {
    const { city } = await published();
    await insertAudit(db, { municipalityId: city.id, staffId: null, action: "test.append", target: city.id });
    const mine = eq(schema.auditLog.municipalityId, city.id);
    expect(await outcome(db.update(schema.auditLog).set({ action: "test.rewritten" }).where(mine))).toMatch(
      /audit_log is append-only: UPDATE refused/,
    );
    expect(await outcome(db.delete(schema.auditLog).where(mine))).toMatch(
      /audit_log is append-only: DELETE refused/,
    );
    expect(await outcome(db.execute(sql`truncate audit_log`))).toMatch(/append-only: TRUNCATE refused/);
    const actions = await db.select({ action: schema.auditLog.action }).from(schema.auditLog).where(mine);
    expect(actions.map((a) => a.action)).toContain("test.append");
  });

  it("checks a bundle's hash on load: a document changed around the triggers is refused, in Japanese", async () => {
    const { city, shimin, flow, bundleId } = await published();
    // Someone with the table owner's rights bypasses the triggers (replica mode skips them).
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(
        sql`update bundles set document = jsonb_set(document, '{flow,title}', '"改ざん"') where id = ${bundleId}`,
      );
    });
    const clerk = await createTestStaff(db, {
      municipalityId: city.id,
      roles: ["counter_clerk"],
      departmentId: shimin.id,
    });
    const counter = await callerFor(db, clerk);
    const { sessionId } = await counter.counter.start({ bundleId });
    await expect(counter.counter.session({ sessionId })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: bundleTamperedMessage,
    });
    const admin = await createTestStaff(db, {
      municipalityId: city.id,
      roles: ["publisher"],
      departmentId: null,
    });
    const studio = await callerFor(db, admin);
    await expect(studio.studio.flows.diffDraft({ flowId: flow.id })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: bundleTamperedMessage,
    });
  });
});
