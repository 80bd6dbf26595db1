import { schema } from "@kakanai/db";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { browserCaller, cookieName } from "../../test/caller";
import { createTestCity, createTestStaff, testPassword } from "../../test/factories";
import { useTestDb } from "../../test/test-db";
import { resolveSessionUser } from "./resolve-session-user";
import { sessionIdleMs } from "./session-cookie";
import { tokenHash } from "./token-hash";

const db = useTestDb();

async function staffMember() {
  const { city, shimin } = await createTestCity(db);
  return createTestStaff(db, {
    municipalityId: city.id,
    roles: ["counter_clerk"],
    departmentId: shimin.id,
    name: "窓口 花子",
  });
}

function sessionCookie(headers: Headers): string {
  const setCookie = headers.get("set-cookie") ?? "";
  const match = setCookie.match(new RegExp(`${cookieName}=([^;]*)`));
  return `${cookieName}=${match?.[1] ?? ""}`;
}

describe("auth.login", () => {
  it("logs in, sets an httpOnly SameSite=Lax cookie and auth.me returns the user", async () => {
    const member = await staffMember();
    const { caller, resHeaders } = await browserCaller(db);
    const { user } = await caller.auth.login({ loginId: member.loginId, password: testPassword });
    expect(user).toMatchObject({
      name: "窓口 花子",
      roles: ["counter_clerk"],
      departmentKey: "shimin",
      departmentName: "市民課",
    });
    const setCookie = resHeaders.get("set-cookie") ?? "";
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("SameSite=Lax");
    expect(setCookie).toContain("Path=/");
    expect(setCookie).not.toContain("Secure");
    const me = await (await browserCaller(db, sessionCookie(resHeaders))).caller.auth.me();
    expect(me?.id).toBe(member.id);
    expect(me).not.toHaveProperty("municipalityId");
  });

  it("refuses a wrong password in Japanese without saying which part was wrong", async () => {
    const member = await staffMember();
    const { caller } = await browserCaller(db);
    await expect(caller.auth.login({ loginId: member.loginId, password: "wrong" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: "ログインIDまたはパスワードが違います。",
    });
    await expect(
      caller.auth.login({ loginId: `${member.loginId}-nobody`, password: "x" }),
    ).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("locks an account after 5 failures, even for the right password", async () => {
    const member = await staffMember();
    const { caller } = await browserCaller(db);
    for (let i = 0; i < 5; i++) {
      await expect(caller.auth.login({ loginId: member.loginId, password: "wrong" })).rejects.toBeInstanceOf(
        TRPCError,
      );
    }
    await expect(
      caller.auth.login({ loginId: member.loginId, password: testPassword }),
    ).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringContaining("5分ほど待って"),
    });
  });

  it("rotates the session at login and logout ends it", async () => {
    const member = await staffMember();
    const first = await browserCaller(db);
    await first.caller.auth.login({ loginId: member.loginId, password: testPassword });
    const oldCookie = sessionCookie(first.resHeaders);
    const second = await browserCaller(db, oldCookie);
    await second.caller.auth.login({ loginId: member.loginId, password: testPassword });
    const newCookie = sessionCookie(second.resHeaders);
    expect(newCookie).not.toBe(oldCookie);
    expect(await (await browserCaller(db, oldCookie)).caller.auth.me()).toBeNull();
    const current = await browserCaller(db, newCookie);
    await expect(current.caller.auth.logout()).resolves.toEqual({ ok: true });
    expect(current.resHeaders.get("set-cookie")).toContain("Max-Age=0");
    expect(await (await browserCaller(db, newCookie)).caller.auth.me()).toBeNull();
  });

  it("expires a session left idle", async () => {
    const member = await staffMember();
    const { resHeaders, caller } = await browserCaller(db);
    await caller.auth.login({ loginId: member.loginId, password: testPassword });
    const token = sessionCookie(resHeaders).split("=")[1] ?? "";
    const later = new Date(Date.now() + sessionIdleMs + 60_000);
    const hash = tokenHash(token);
    expect(await resolveSessionUser(db, { tokenHash: hash, now: new Date() })).not.toBeNull();
    expect(await resolveSessionUser(db, { tokenHash: hash, now: later })).toBeNull();
  });
});

describe("auth.login on the audit trail", () => {
  it("records a successful login and a failed one of a real account, never the password", async () => {
    const member = await staffMember();
    await expect(
      (await browserCaller(db)).caller.auth.login({
        loginId: member.loginId,
        password: "wrong-password-123",
      }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await (await browserCaller(db)).caller.auth.login({ loginId: member.loginId, password: testPassword });
    const rows = await db
      .select({ action: schema.auditLog.action, detail: schema.auditLog.detail })
      .from(schema.auditLog)
      .where(eq(schema.auditLog.staffId, member.id))
      .orderBy(schema.auditLog.id);
    expect(rows.map((r) => r.action)).toEqual(["auth.login_failed", "auth.login"]);
    expect(rows[0]?.detail).toEqual({ reason: "password" });
    expect(JSON.stringify(rows)).not.toContain("wrong-password-123");
  });
});
