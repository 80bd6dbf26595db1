import { schema } from "@kakanai/db";
import { death } from "@kakanai/demo-city/testing";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { createTestStaff } from "../../test/factories";
import { useTestDb } from "../../test/test-db";
import { checklistPdf } from "../pdf/checklist-pdf";
import { okuyamiFormsPdf } from "../pdf/okuyami-forms-pdf";
import { slipPdf } from "../pdf/slip-pdf";
import { finishedDemoSession, userFor } from "../pdf/testing/demo-session";
import { todokePdf } from "../pdf/todoke-pdf";
import { notYourReceptionMessage } from "./find-session";

const db = useTestDb();
const answers = death({ wasHeadOfHousehold: true, remainingMembers: 1, insurance: "kokuho" }, {});
const refused = { code: "FORBIDDEN", message: notYourReceptionMessage };

/** An おくやみ reception clerk A finished, and a colleague B at the same desk of the same city. */
async function twoClerks() {
  const s = await finishedDemoSession(db, { flowKey: "okuyami", answers, roles: ["bereavement_clerk"] });
  const b = await createTestStaff(db, {
    municipalityId: s.city.id,
    roles: ["bereavement_clerk"],
    departmentId: s.shimin.id,
    name: "引継 花子",
  });
  return { ...s, b, bCaller: await callerFor(db, b) };
}

describe("a clerk reads, answers and prints only receptions they hold", () => {
  it("refuses a colleague every counter call and every print of another clerk's reception", async () => {
    const { sessionId, bCaller, b, caller } = await twoClerks();
    const sid = { sessionId };
    await expect(bCaller.counter.session(sid)).rejects.toMatchObject(refused);
    // The answer path reads login and reception in one statement: the holder is checked on that row.
    await expect(
      bCaller.counter.answer({ sessionId, path: "deceased.name", value: "東雲 一郎", revision: 99 }),
    ).rejects.toMatchObject(refused);
    await expect(bCaller.counter.finish(sid)).rejects.toMatchObject(refused);
    await expect(bCaller.counter.complete(sid)).rejects.toMatchObject(refused);
    await expect(bCaller.counter.handOver({ sessionId, toStaffId: b.id })).rejects.toMatchObject(refused);
    const bUser = await userFor(db, b.loginId);
    for (const print of [slipPdf, todokePdf, checklistPdf, okuyamiFormsPdf]) {
      await expect(print(db, { user: bUser, sessionId })).rejects.toMatchObject({
        kind: "FORBIDDEN",
        message: notYourReceptionMessage,
      });
    }
    expect(await bCaller.counter.openSessions()).toEqual([]);
    // The holder still works on it.
    expect((await caller.counter.session(sid)).sessionId).toBe(sessionId);
  });

  it("lets a system admin of the city read any reception", async () => {
    const { sessionId, city } = await twoClerks();
    const admin = await createTestStaff(db, { municipalityId: city.id, roles: ["system_admin"] });
    expect((await (await callerFor(db, admin)).counter.session({ sessionId })).sessionId).toBe(sessionId);
  });

  it("hands a reception over: the colleague then holds it, the giver no longer, audited", async () => {
    const { sessionId, caller, clerk, b, bCaller, city } = await twoClerks();
    const colleagues = await caller.counter.colleagues();
    expect(colleagues).toContainEqual(expect.objectContaining({ id: b.id, name: "引継 花子" }));
    expect(colleagues.map((c) => c.id)).not.toContain(clerk.id);

    expect(await caller.counter.handOver({ sessionId, toStaffId: b.id })).toEqual({ assignedTo: b.id });
    expect((await bCaller.counter.session({ sessionId })).sessionId).toBe(sessionId);
    expect((await bCaller.counter.openSessions()).map((s) => s.sessionId)).toEqual([sessionId]);
    await bCaller.counter
      .answer({ sessionId, path: "deceased.name", value: "東雲 一郎", revision: 99 })
      .catch(
        (e: { code?: string }) => expect(e.code).toBe("CONFLICT"), // held: only the stale revision refuses
      );
    await expect(caller.counter.session({ sessionId })).rejects.toMatchObject(refused);
    expect(await caller.counter.openSessions()).toEqual([]);
    await slipPdf(db, { user: await userFor(db, b.loginId), sessionId });

    const audit = await db
      .select()
      .from(schema.auditLog)
      .where(
        and(eq(schema.auditLog.municipalityId, city.id), eq(schema.auditLog.action, "session.hand_over")),
      );
    expect(audit).toEqual([
      expect.objectContaining({ staffId: clerk.id, target: sessionId, detail: { from: clerk.id, to: b.id } }),
    ]);
  });

  it("hands over only to an active counter clerk of the city who may run the flow's kind", async () => {
    const { sessionId, caller, city, shimin } = await twoClerks();
    const ordinary = await createTestStaff(db, { municipalityId: city.id, roles: ["counter_clerk"] });
    await expect(caller.counter.handOver({ sessionId, toStaffId: ordinary.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "この職員はこの種類の受付を担当できません。別の職員を選んでください。",
    });
    const dept = await createTestStaff(db, {
      municipalityId: city.id,
      roles: ["department_clerk"],
      departmentId: shimin.id,
    });
    await expect(caller.counter.handOver({ sessionId, toStaffId: dept.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const other = await twoClerks();
    await expect(caller.counter.handOver({ sessionId, toStaffId: other.b.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
