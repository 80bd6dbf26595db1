import { schema } from "@kakanai/db";
import { type Answers, addDays, interview, japanToday, parseBundle } from "@kakanai/engine";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { createTestStaff } from "../../test/factories";
import { residentAnswers } from "../../test/resident-answers";
import { useTestDb } from "../../test/test-db";
import { createContext } from "../context";
import { preApplicationMessages } from "../counter/start-from-pre-application";
import { runRetentionPurge } from "../jobs/retention-purge";
import { publishedDemoFlow } from "../pdf/testing/demo-session";
import { createPortalCaller } from "../portal-root";
import { maxPreApplicationsPerAddress, portalMessages } from "./pre-apply";

const db = useTestDb();
const day = 24 * 60 * 60 * 1000;

async function portalFor(cityName: string, address: string | null, now?: Date) {
  const ctx = await createContext({
    db,
    headers: new Headers(),
    resHeaders: new Headers(),
    cookieName: "kk_portal",
    address,
    portalCity: cityName,
    now,
  });
  return createPortalCaller(ctx).portal;
}

async function setup() {
  const demo = await publishedDemoFlow(db, { flowKey: "jumin-idou" });
  const clerk = await createTestStaff(db, {
    municipalityId: demo.city.id,
    roles: ["counter_clerk"],
    departmentId: demo.shimin.id,
  });
  return { ...demo, clerk, counter: (await callerFor(db, clerk)).counter };
}

async function storedRow(code: string) {
  const rows = await db.execute<Record<string, unknown>>(
    sql`select * from pre_applications where code = ${code.slice(0, 8)}`,
  );
  return rows[0];
}

describe("pre-application by residents (apps/portal) and its reading at the counter", () => {
  it("offers only the resident questions, stores nothing but the answers, bundle, city and expiry", async () => {
    const { city, bundleId } = await setup();
    // The request's time is taken when its context is made: the expiry is 7 days from then.
    const before = Date.now();
    const portal = await portalFor(city.name, "203.0.113.10");
    expect(await portal.flows()).toEqual([{ bundleId, title: expect.stringMatching(/^住民異動/) }]);
    const { bundle } = await portal.flow({ bundleId });
    const keys = bundle.questions.map((q) => q.key);
    expect(keys).toContain("members");
    expect(keys).not.toContain("applicant.role");
    expect(keys).not.toContain("childAllowanceClaimant");
    expect(bundle.questions.find((q) => q.key === "members")?.questions?.map((q) => q.key)).toEqual([
      "name",
      "kana",
      "birthDate",
      "sex",
      "relationship",
    ]);
    expect(bundle.procedures).toEqual([]);
    expect(bundle.forms).toEqual([]);

    const { code, display, expiresAt } = await portal.submit({ bundleId, answers: residentAnswers() });
    const after = Date.now();
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{9}$/);
    expect(display).toBe(`${code.slice(0, 3)}-${code.slice(3, 6)}-${code.slice(6)}`);
    expect(expiresAt.getTime()).toBeGreaterThanOrEqual(before + 7 * day);
    expect(expiresAt.getTime()).toBeLessThanOrEqual(after + 7 * day);
    const row = await storedRow(code);
    expect(Object.keys(row ?? {}).sort()).toEqual([
      "answers",
      "bundle_id",
      "code",
      "expires_at",
      "municipality_id",
      "used_at",
    ]);
    expect(row?.answers).toEqual(residentAnswers());
    expect(row?.used_at).toBeNull();
  });

  it("refuses staff-only questions, unknown keys and missing answers in Japanese", async () => {
    const { city, bundleId } = await setup();
    const portal = await portalFor(city.name, "203.0.113.11");
    const resident = residentAnswers();
    const withStaffAnswer = { ...resident, members: [{ ...resident.members[0], insurance: "kokuho" }] };
    await expect(portal.submit({ bundleId, answers: withStaffAnswer })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: portalMessages.invalid,
    });
    const { moveDate: _, ...missing } = residentAnswers();
    await expect(portal.submit({ bundleId, answers: missing })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: portalMessages.invalid,
    });
    await expect(
      portal.submit({ bundleId, answers: { ...residentAnswers(), note: "x" } }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    // A date of birth after today in Japan (the demo flow's 生年月日 is 未来の日付は受け付けない).
    const tomorrow = addDays(japanToday(), 1);
    const unborn = { ...resident, members: [{ ...resident.members[0], birthDate: tomorrow }] };
    await expect(portal.submit({ bundleId, answers: unborn })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: portalMessages.invalid,
    });
    const other = await setup();
    // Another city's flow is not this portal's.
    await expect(portal.flow({ bundleId: other.bundleId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("counts submissions per client address in the database and refuses past the limit", async () => {
    const { city, bundleId } = await setup();
    const address = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
    await db.delete(schema.loginThrottle).where(eq(schema.loginThrottle.key, `preapply:${address}`));
    const portal = await portalFor(city.name, address);
    const sent = await Promise.allSettled(
      Array.from({ length: maxPreApplicationsPerAddress + 3 }, () =>
        portal.submit({ bundleId, answers: residentAnswers() }),
      ),
    );
    expect(sent.filter((s) => s.status === "fulfilled")).toHaveLength(maxPreApplicationsPerAddress);
    const refusals = sent.filter((s): s is PromiseRejectedResult => s.status === "rejected");
    expect(refusals).toHaveLength(3);
    for (const r of refusals)
      expect(r.reason).toMatchObject({ code: "TOO_MANY_REQUESTS", message: portalMessages.tooMany });
    // Another address is not held back.
    const elsewhere = await portalFor(city.name, "192.0.2.77");
    await expect(elsewhere.submit({ bundleId, answers: residentAnswers() })).resolves.toHaveProperty("code");
  });

  it("starts a reception with the resident's answers once, audited, and asks only the staff questions", async () => {
    const { city, bundleId, counter, clerk, shimin } = await setup();
    const portal = await portalFor(city.name, "203.0.113.12");
    const { code, display } = await portal.submit({ bundleId, answers: residentAnswers() });
    // As a scanner with an IME on or a clerk in lower case would type it.
    const typed = display
      .toLowerCase()
      .replace(/[a-z0-9-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const { sessionId } = await counter.startFromPreApplication({ code: typed });
    const session = await counter.session({ sessionId });
    expect(session.answers).toEqual(residentAnswers());
    const state = interview(parseBundle(session.bundle), session.answers as Answers);
    expect(state.next?.path).toBe("applicant.role");
    const row = await storedRow(code);
    expect(row?.used_at).not.toBeNull();
    expect(row?.answers).toEqual({});
    const audit = await db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.action, "preapplication.read"), eq(schema.auditLog.target, sessionId)));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.staffId).toBe(clerk.id);
    await expect(counter.startFromPreApplication({ code })).rejects.toMatchObject({
      code: "CONFLICT",
      message: preApplicationMessages.used,
    });
    // A typo is caught by the check character before anything is read.
    const typo = (code[0] === "A" ? "B" : "A") + code.slice(1);
    await expect(counter.startFromPreApplication({ code: typo })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: preApplicationMessages.malformed,
    });
    // A linked department's clerk does not start receptions.
    const linked = await createTestStaff(db, {
      municipalityId: city.id,
      roles: ["department_clerk"],
      departmentId: shimin.id,
    });
    const second = await portal.submit({ bundleId, answers: residentAnswers() });
    await expect(
      (await callerFor(db, linked)).counter.startFromPreApplication({ code: second.code }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses an expired pre-application and the retention job deletes it", async () => {
    const { city, bundleId, counter } = await setup();
    const eightDaysAgo = new Date(Date.now() - 8 * day);
    const portal = await portalFor(city.name, "203.0.113.13", eightDaysAgo);
    const { code } = await portal.submit({ bundleId, answers: residentAnswers() });
    await expect(counter.startFromPreApplication({ code })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: preApplicationMessages.expired,
    });
    const fresh = await (await portalFor(city.name, "203.0.113.13")).submit({
      bundleId,
      answers: residentAnswers(),
    });
    await runRetentionPurge(db);
    expect(await storedRow(code)).toBeUndefined();
    expect(await storedRow(fresh.code)).toBeDefined();
    await expect(counter.startFromPreApplication({ code })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: preApplicationMessages.unknown,
    });
  });
});
