import { describe, expect, it } from "vitest";
import { cookieName } from "../../test/caller";
import { createTestCity, createTestStaff, testPassword } from "../../test/factories";
import { useTestDb } from "../../test/test-db";
import { createContext } from "../context";
import { parseHttpSettings, parseIdleLockMinutes } from "../http/http-settings";
import { createTrpcRouteHandler } from "../next";
import { createCaller } from "../root";
import { loginStaff } from "./login-staff";

const db = useTestDb();
const minute = 60_000;
const idle15 = 15 * minute;

/** auth.me as the app with this idle period sees the cookie at `at`. */
async function meAt(token: string, at: Date, idleMs?: number) {
  const headers = new Headers({ cookie: `${cookieName}=${token}` });
  const ctx = await createContext({
    db,
    headers,
    resHeaders: new Headers(),
    cookieName,
    now: at,
    sessionIdleMs: idleMs,
  });
  return createCaller(ctx).auth.me();
}

describe("idle lock: a counter login unused for KAKANAI_IDLE_LOCK_MINUTES ends on the server", () => {
  it("keeps a login in use alive and ends it after 15 idle minutes; the studio's 8 hours are unchanged", async () => {
    const { city } = await createTestCity(db);
    const clerk = await createTestStaff(db, { municipalityId: city.id, roles: ["counter_clerk"] });
    const t0 = new Date();
    const at = (m: number) => new Date(t0.getTime() + m * minute);
    const login = (idleMs?: number) =>
      loginStaff(db, {
        loginId: clerk.loginId,
        password: testPassword,
        address: null,
        previousTokenHash: null,
        now: t0,
        idleMs,
      });

    const counter = (await login(idle15)).token;
    expect(await meAt(counter, at(14), idle15)).toMatchObject({ id: clerk.id });
    // Each use slides the period: 14 minutes after the last use it is still there…
    expect(await meAt(counter, at(28), idle15)).toMatchObject({ id: clerk.id });
    // …and 16 minutes after it, gone.
    expect(await meAt(counter, at(44), idle15)).toBeNull();

    const studio = (await login()).token;
    expect(await meAt(studio, at(120))).toMatchObject({ id: clerk.id });
  });

  it("reads the period from KAKANAI_IDLE_LOCK_MINUTES through the route handler's settings", async () => {
    expect(parseIdleLockMinutes(undefined)).toBeUndefined();
    expect(parseIdleLockMinutes("15")).toBe(idle15);
    expect(parseIdleLockMinutes("0.5")).toBe(30_000);
    for (const bad of ["0", "-1", "abc", "481"])
      expect(() => parseIdleLockMinutes(bad)).toThrow(/KAKANAI_IDLE_LOCK_MINUTES/);

    const { city } = await createTestCity(db);
    const clerk = await createTestStaff(db, { municipalityId: city.id, roles: ["counter_clerk"] });
    const handler = createTrpcRouteHandler({
      getDb: async () => db,
      cookieName,
      settings: () => parseHttpSettings({ idleLockMinutes: "15" }),
    });
    const before = Date.now();
    const res = await handler(
      new Request("http://localhost:3001/api/trpc/auth.login", {
        method: "POST",
        headers: { "content-type": "application/json", host: "localhost:3001" },
        body: JSON.stringify({ json: { loginId: clerk.loginId, password: testPassword } }),
      }),
    );
    expect(res.status).toBe(200);
    const token = /kk_test=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1] ?? "";
    expect(token).not.toBe("");
    // Logged in with the 15-minute period (not 8 hours): unused for 16 minutes, it has ended.
    expect(await meAt(token, new Date(before + 16 * minute), idle15)).toBeNull();
  });
});
