import { household, person, twelvePeople } from "@kakanai/demo-city/testing";
import type { Answers } from "@kakanai/engine";
import { describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { createTestStaff } from "../../test/factories";
import { useTestDb } from "../../test/test-db";
import { slipPdf } from "../pdf/slip-pdf";
import { finishedDemoSession, userFor } from "../pdf/testing/demo-session";
import { todokePdf } from "../pdf/todoke-pdf";
import { jstTimestamp } from "./read-audit";

const db = useTestDb();

const [, , head, wife] = twelvePeople as { name: string }[];

function coupleMovingIn(): Answers {
  const cast = [head, wife].filter((m) => m !== undefined);
  return household(
    "tennyu",
    cast.map((m) => person(m.name, "", m as never)),
    {},
  ) as Answers;
}

const today = () => jstTimestamp(new Date()).slice(0, 10);

describe("audit: every read and print of a reception, read back by the system admin", () => {
  it("records session reads and prints, filters them, exports CSV, and holds no resident's data", async () => {
    const s = await finishedDemoSession(db, {
      flowKey: "jumin-idou",
      answers: coupleMovingIn(),
      roles: ["counter_clerk"],
    });
    await s.caller.counter.session({ sessionId: s.sessionId });
    const user = await userFor(db, s.clerk.loginId);
    await slipPdf(db, { user, sessionId: s.sessionId });
    await todokePdf(db, { user, sessionId: s.sessionId });

    const admin = await createTestStaff(db, { municipalityId: s.city.id, roles: ["system_admin"] });
    const audit = (await callerFor(db, admin)).audit;
    const byClerk = await audit.list({ filter: { staffId: s.clerk.id } });
    const actions = byClerk.entries.map((e) => [e.action, e.target, e.detail.document ?? null]);
    expect(actions).toEqual(
      expect.arrayContaining([
        ["session.read", s.sessionId, null],
        ["session.print", s.sessionId, "slip"],
        ["session.print", s.sessionId, "todoke"],
      ]),
    );
    expect(byClerk.entries.every((e) => e.staffLoginId === s.clerk.loginId)).toBe(true);
    expect(byClerk.entries[0]?.departmentName).toBe("市民課");

    const prints = await audit.list({
      filter: { action: "session.print", fromDay: today(), toDay: today() },
    });
    expect(prints.entries.map((e) => e.detail.document).sort()).toEqual(["slip", "todoke"]);
    const yesterday = await audit.list({ filter: { fromDay: "2020-01-01", toDay: "2020-01-02" } });
    expect(yesterday.entries).toEqual([]);
    const otherDepartment = await audit.list({ filter: { departmentId: s.kodomo.id } });
    expect(otherDepartment.entries).toEqual([]);

    const { csv, rows, truncated } = await audit.exportCsv({ filter: { staffId: s.clerk.id } });
    expect(truncated).toBe(false);
    expect(rows).toBe(byClerk.entries.length);
    expect(csv.startsWith('\uFEFF"日時","職員","ログインID","所属","操作","対象","詳細"\r\n')).toBe(true);
    expect(csv.split("\r\n").filter((l) => l.includes('"session.print"'))).toHaveLength(2);
    expect(csv).toContain(`"${s.clerk.loginId}"`);
    const afterExport = await audit.list({ filter: { staffId: admin.id, action: "audit.export" } });
    expect(afterExport.entries).toHaveLength(1);

    // Ids and keys only: no resident's name anywhere in this city's audit trail.
    const everything = JSON.stringify((await audit.list({ filter: {} })).entries);
    for (const m of [head, wife]) expect(everything).not.toContain(m?.name);
  });

  it("is for the system admin only, and refuses a reversed period in Japanese", async () => {
    const s = await finishedDemoSession(db, {
      flowKey: "jumin-idou",
      answers: coupleMovingIn(),
      roles: ["counter_clerk"],
    });
    await expect(s.caller.audit.list({ filter: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(s.caller.audit.exportCsv({ filter: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const admin = await createTestStaff(db, { municipalityId: s.city.id, roles: ["system_admin"] });
    await expect(
      (await callerFor(db, admin)).audit.list({ filter: { fromDay: "2026-02-02", toDay: "2026-02-01" } }),
    ).rejects.toThrow(/期間の終わりは始まり以降/);
  });

  it("pages through more rows than one screen holds, newest first, without gaps", async () => {
    const s = await finishedDemoSession(db, {
      flowKey: "jumin-idou",
      answers: coupleMovingIn(),
      roles: ["counter_clerk"],
    });
    for (let i = 0; i < 105; i++) await s.caller.counter.session({ sessionId: s.sessionId });
    const admin = await createTestStaff(db, { municipalityId: s.city.id, roles: ["system_admin"] });
    const audit = (await callerFor(db, admin)).audit;
    const first = await audit.list({ filter: { action: "session.read" } });
    expect(first.entries).toHaveLength(100);
    expect(first.nextBeforeId).not.toBeNull();
    const second = await audit.list({
      filter: { action: "session.read" },
      beforeId: first.nextBeforeId ?? 0,
    });
    expect(second.entries).toHaveLength(5);
    expect(second.nextBeforeId).toBeNull();
    const ids = [...first.entries, ...second.entries].map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });
});
