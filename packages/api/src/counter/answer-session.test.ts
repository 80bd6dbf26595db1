import { randomUUID } from "node:crypto";
import { createFlow, findAuthUserAndCounterSession, schema } from "@kakanai/db";
import { addDays, dateBoundMessages, japanToday } from "@kakanai/engine";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { browserCaller, callerFor, cookieName } from "../../test/caller";
import {
  createTestCity,
  createTestFlow,
  createTestStaff,
  testDraft,
  testPassword,
} from "../../test/factories";
import { useTestDb } from "../../test/test-db";
import { loginStaff } from "../auth/login-staff";
import { tokenHash } from "../auth/token-hash";
import { publishFlow } from "../studio/publish-flow";

const db = useTestDb();

async function counterSetup() {
  const { city, shimin } = await createTestCity(db);
  const flow = await createTestFlow(db, { municipalityId: city.id });
  const { bundleId } = await publishFlow(db, { flowId: flow.id, by: null });
  const clerk = await createTestStaff(db, {
    municipalityId: city.id,
    roles: ["counter_clerk"],
    departmentId: shimin.id,
  });
  return { bundleId, clerk, city, shimin, caller: await callerFor(db, clerk) };
}

describe("counter", () => {
  it("lists the published flow and hands out per-day reception numbers", async () => {
    const { bundleId, caller } = await counterSetup();
    expect(await caller.counter.flows()).toEqual([
      expect.objectContaining({ bundleId, seq: 1, title: "住民異動" }),
    ]);
    const a = await caller.counter.start({ bundleId });
    const b = await caller.counter.start({ bundleId });
    expect((await caller.counter.session(a)).receptionNumber).toBe("A-0001");
    expect((await caller.counter.session(b)).receptionNumber).toBe("A-0002");
  });

  it("refuses a date outside the bound its author set, under any key, and stores nothing", async () => {
    const { city, shimin, clerk } = await counterSetup();
    const draft = testDraft();
    draft.questions.push(
      {
        id: "s1",
        key: "shinseisha.seinengappi",
        kind: "date",
        label: "申請者の生年月日",
        dateBound: "notFuture",
      },
      { id: "s2", key: "tennyu.yoteibi", kind: "date", label: "転入予定日", dateBound: "notPast" },
    );
    const flow = await createFlow(db, {
      municipalityId: city.id,
      key: "todokede",
      title: "届出",
      kind: "jumin-idou",
      ownerDepartmentId: shimin.id,
      draft,
    });
    const { bundleId } = await publishFlow(db, { flowId: flow.id, by: null });
    const caller = await callerFor(db, clerk);
    const { sessionId } = await caller.counter.start({ bundleId });
    const today = japanToday();
    for (const [path, value, message] of [
      ["shinseisha.seinengappi", addDays(today, 1), dateBoundMessages.notFuture],
      ["tennyu.yoteibi", addDays(today, -1), dateBoundMessages.notPast],
    ] as const) {
      await expect(caller.counter.answer({ sessionId, path, value, revision: 0 })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringContaining(message),
      });
    }
    const [row] = await db
      .select({ answers: schema.counterSessions.answers, revision: schema.counterSessions.revision })
      .from(schema.counterSessions)
      .where(eq(schema.counterSessions.id, sessionId));
    expect(row).toEqual({ answers: {}, revision: 0 });
    const events = await db
      .select({ type: schema.sessionEvents.type })
      .from(schema.sessionEvents)
      .where(and(eq(schema.sessionEvents.sessionId, sessionId), eq(schema.sessionEvents.type, "answered")));
    expect(events).toEqual([]);
    // Today is on neither side; the bound of one question says nothing about another's.
    let state = await caller.counter.answer({
      sessionId,
      path: "shinseisha.seinengappi",
      value: today,
      revision: 0,
    });
    state = await caller.counter.answer({
      sessionId,
      path: "tennyu.yoteibi",
      value: today,
      revision: state.revision,
    });
    state = await caller.counter.answer({
      sessionId,
      path: "moveDate",
      value: addDays(today, 30),
      revision: state.revision,
    });
    expect(state.answers).toEqual({
      shinseisha: { seinengappi: today },
      tennyu: { yoteibi: today },
      moveDate: addDays(today, 30),
    });
  });

  it("refuses a date of birth after today in Japan, on the server too, and keeps today's", async () => {
    // The test flow's birthDate sets no bound: a bundle published before the setting keeps refusing it.
    const { bundleId, caller } = await counterSetup();
    const { sessionId } = await caller.counter.start({ bundleId });
    const state = await caller.counter.answer({ sessionId, path: "members", value: 1, revision: 0 });
    const tomorrow = japanToday(new Date(Date.now() + 24 * 60 * 60 * 1000));
    await expect(
      caller.counter.answer({
        sessionId,
        path: "members.0.birthDate",
        value: tomorrow,
        revision: state.revision,
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining(dateBoundMessages.notFuture),
    });
    await expect(
      caller.counter.answer({
        sessionId,
        path: "members",
        value: [{ birthDate: tomorrow }],
        revision: state.revision,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const today = japanToday();
    const saved = await caller.counter.answer({
      sessionId,
      path: "members.0.birthDate",
      value: today,
      revision: state.revision,
    });
    expect(saved.answers).toEqual({ members: [{ birthDate: today }] });
  });

  it("saves every answer and a fresh read returns them", async () => {
    const { bundleId, clerk, caller } = await counterSetup();
    const { sessionId } = await caller.counter.start({ bundleId });
    let state = await caller.counter.answer({
      sessionId,
      path: "moveDate",
      value: "2025-04-01",
      revision: 0,
    });
    state = await caller.counter.answer({ sessionId, path: "members", value: 2, revision: state.revision });
    state = await caller.counter.answer({
      sessionId,
      path: "members.1.name",
      value: "山田 花子",
      revision: state.revision,
    });
    expect(state.revision).toBe(3);

    const fresh = await (await callerFor(db, clerk)).counter.session({ sessionId });
    expect(fresh.answers).toEqual({ moveDate: "2025-04-01", members: [{}, { name: "山田 花子" }] });
    expect(fresh).toMatchObject({
      revision: 3,
      status: "open",
      bundleSeq: 1,
      flowTitle: "住民異動",
      determination: null,
    });

    const shrunk = await caller.counter.answer({ sessionId, path: "members", value: 1, revision: 3 });
    expect(shrunk.answers).toEqual({ moveDate: "2025-04-01", members: [{}] });
    const cleared = await caller.counter.answer({ sessionId, path: "moveDate", value: null, revision: 4 });
    expect(cleared.answers).toEqual({ members: [{}] });

    expect(await caller.counter.openSessions()).toEqual([
      expect.objectContaining({ sessionId, flowTitle: "住民異動" }),
    ]);
  });

  it("refuses a stale revision instead of overwriting", async () => {
    const { bundleId, caller } = await counterSetup();
    const { sessionId } = await caller.counter.start({ bundleId });
    await caller.counter.answer({ sessionId, path: "moveDate", value: "2025-04-01", revision: 0 });
    await expect(
      caller.counter.answer({ sessionId, path: "moveDate", value: "2025-05-01", revision: 0 }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("再読み込み"),
    });
    expect((await caller.counter.session({ sessionId })).answers).toEqual({ moveDate: "2025-04-01" });
  });

  it("does not let another city's clerk read a session", async () => {
    const { bundleId, caller } = await counterSetup();
    const { sessionId } = await caller.counter.start({ bundleId });
    const other = await counterSetup();
    await expect(other.caller.counter.session({ sessionId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(other.caller.counter.start({ bundleId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("determines on the server, stores the result and lists only the latest bundle", async () => {
    const { bundleId, caller } = await counterSetup();
    const { sessionId } = await caller.counter.start({ bundleId });
    await caller.counter.answer({ sessionId, path: "moveDate", value: "2025-04-01", revision: 0 });
    const { determination } = await caller.counter.finish({ sessionId });
    expect(determination.procedures.map((p) => p.key).sort()).toEqual(["P01", "P15"]);
    const stored = await caller.counter.session({ sessionId });
    expect(stored).toMatchObject({ status: "determined", determination });
  });

  it("refuses answers outside the flow with 400 and a Japanese message, and stores nothing", async () => {
    const { bundleId, caller } = await counterSetup();
    const { sessionId } = await caller.counter.start({ bundleId });
    const refused: [string, unknown][] = [
      ["constructor", "x"],
      ["prototype", "x"],
      ["members.0.__proto__", "x"],
      ["unknownQuestion", "x"],
      ["moveDate", "2025-02-30"],
      ["moveDate", {}],
      ["members", 1e9],
      ["members", 2 ** 53],
      ["members", 100_000],
      ["members", [{ name: "山田 太郎", bogus: true }]],
      ["members.0.name", "x".repeat(1001)],
      ["members.0.name", "山田\u0000太郎"],
      ["members.0.name", "山田\uD800"],
      ["members.0.kana", "やまだ"],
    ];
    for (const [path, value] of refused) {
      await expect(
        caller.counter.answer({ sessionId, path, value: value as never, revision: 0 }),
        path,
      ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/[ぁ-んァ-ヶ一-龠]/) });
    }
    const stored = await caller.counter.session({ sessionId });
    expect(stored).toMatchObject({ answers: {}, revision: 0 });
    const events = await db
      .select({ type: schema.sessionEvents.type })
      .from(schema.sessionEvents)
      .where(eq(schema.sessionEvents.sessionId, sessionId));
    expect(events.map((e) => e.type)).toEqual(["started"]);
  });

  it("stores an answer and its event together or not at all", async () => {
    const { bundleId, caller } = await counterSetup();
    const { sessionId } = await caller.counter.start({ bundleId });
    const answeredEvents = async () =>
      (
        await db
          .select({ type: schema.sessionEvents.type })
          .from(schema.sessionEvents)
          .where(
            and(eq(schema.sessionEvents.sessionId, sessionId), eq(schema.sessionEvents.type, "answered")),
          )
      ).length;

    // Make the event insert fail for this session only (other test files share the database).
    const name = sql.identifier(`kk_fail_event_${randomUUID().replaceAll("-", "")}`);
    await db.execute(sql`
      create function ${name}() returns trigger language plpgsql as $$
      begin
        if new.session_id = ${sql.raw(`'${sessionId}'`)}::uuid and new.type = 'answered' then
          raise exception 'session event refused for this test';
        end if;
        return new;
      end $$`);
    await db.execute(
      sql`create trigger ${name} before insert on session_events for each row execute function ${name}()`,
    );
    try {
      await expect(
        caller.counter.answer({ sessionId, path: "moveDate", value: "2025-04-01", revision: 0 }),
      ).rejects.toMatchObject({ code: "INTERNAL_SERVER_ERROR" });
      expect(await caller.counter.session({ sessionId })).toMatchObject({ answers: {}, revision: 0 });
      expect(await answeredEvents()).toBe(0);
    } finally {
      await db.execute(sql`drop trigger ${name} on session_events`);
      await db.execute(sql`drop function ${name}()`);
    }

    const saved = await caller.counter.answer({
      sessionId,
      path: "moveDate",
      value: "2025-04-01",
      revision: 0,
    });
    expect(saved).toEqual({ answers: { moveDate: "2025-04-01" }, revision: 1 });
    expect(await caller.counter.session({ sessionId })).toMatchObject({
      answers: { moveDate: "2025-04-01" },
      revision: 1,
    });
    expect(await answeredEvents()).toBe(1);

    // A stale revision writes neither.
    await expect(
      caller.counter.answer({ sessionId, path: "moveDate", value: "2025-05-01", revision: 0 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await answeredEvents()).toBe(1);
  });

  it("reads the login and the reception in one statement without letting a wrong user's answer through", async () => {
    const own = await counterSetup();
    const { sessionId } = await own.caller.counter.start({ bundleId: own.bundleId });
    const answer = { sessionId, path: "moveDate", value: "2025-04-01", revision: 0 };
    const login = async (staff: { loginId: string }) =>
      (
        await loginStaff(db, {
          loginId: staff.loginId,
          password: testPassword,
          address: null,
          previousTokenHash: null,
        })
      ).token;
    const as = async (token: string | null) =>
      (await browserCaller(db, token ? `${cookieName}=${token}` : undefined)).caller;

    // The statement itself: another city's clerk is a valid login, but the session is not theirs.
    const other = await counterSetup();
    const otherToken = await login(other.clerk);
    const seen = await findAuthUserAndCounterSession(db, {
      tokenHash: tokenHash(otherToken),
      now: new Date(),
      sessionId,
    });
    expect(seen?.user.id).toBe(other.clerk.id);
    expect(seen?.session).toBeNull();
    expect(seen?.bundle).toBeNull();
    const ownToken = await login(own.clerk);
    const mine = await findAuthUserAndCounterSession(db, {
      tokenHash: tokenHash(ownToken),
      now: new Date(),
      sessionId,
    });
    expect(mine).toMatchObject({ user: { id: own.clerk.id }, session: { id: sessionId, revision: 0 } });

    // Through the procedure: every refusal roleProcedure and findSession made, in the same order.
    await expect((await as(otherToken)).counter.answer(answer)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect((await as(null)).counter.answer(answer)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect((await as("x".repeat(43))).counter.answer(answer)).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect((await as(null)).counter.answer({ ...answer, sessionId: "nope" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    const studioOnly = await createTestStaff(db, {
      municipalityId: own.city.id,
      roles: ["dept_admin"],
      departmentId: own.shimin.id,
    });
    await expect((await as(await login(studioOnly))).counter.answer(answer)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const expiring = await login(own.clerk);
    await db
      .update(schema.authSessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(schema.authSessions.tokenHash, tokenHash(expiring)));
    await expect((await as(expiring)).counter.answer(answer)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const leaving = await createTestStaff(db, {
      municipalityId: own.city.id,
      roles: ["counter_clerk"],
      departmentId: own.shimin.id,
    });
    const leavingToken = await login(leaving);
    await db.update(schema.staff).set({ disabled: true }).where(eq(schema.staff.id, leaving.id));
    await expect((await as(leavingToken)).counter.answer(answer)).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    // A malformed session id is still the input's refusal once the login is good.
    await expect((await as(ownToken)).counter.answer({ ...answer, sessionId: "nope" })).rejects.toMatchObject(
      { code: "BAD_REQUEST" },
    );

    // None of them stored anything; the session's own clerk still can, on the revision it saw.
    expect(await own.caller.counter.session({ sessionId })).toMatchObject({ answers: {}, revision: 0 });
    const events = await db
      .select({ type: schema.sessionEvents.type })
      .from(schema.sessionEvents)
      .where(eq(schema.sessionEvents.sessionId, sessionId));
    expect(events.map((e) => e.type)).toEqual(["started"]);
    expect(await (await as(ownToken)).counter.answer(answer)).toEqual({
      answers: { moveDate: "2025-04-01" },
      revision: 1,
    });
    await expect(
      (await as(ownToken)).counter.answer({ ...answer, sessionId: randomUUID() }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
