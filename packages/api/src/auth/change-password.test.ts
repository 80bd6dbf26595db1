import { schema } from "@kakanai/db";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { browserCaller, callerFor, cookieName } from "../../test/caller";
import { createTestCity, createTestStaff, testPassword } from "../../test/factories";
import { useTestDb } from "../../test/test-db";
import { loginStaff } from "./login-staff";
import { passwordProblem } from "./password-policy";

const db = useTestDb();
const newPassword = "朝の窓口は九時から 2026";

async function clerk() {
  const { city, shimin } = await createTestCity(db);
  return createTestStaff(db, {
    municipalityId: city.id,
    roles: ["counter_clerk"],
    departmentId: shimin.id,
    name: "窓口 花子",
  });
}

async function loginAs(loginId: string, password: string) {
  const { token } = await loginStaff(db, { loginId, password, address: null, previousTokenHash: null });
  return { token, caller: (await browserCaller(db, `${cookieName}=${token}`)).caller };
}

describe("password policy", () => {
  it("asks for 12 characters or more and refuses the guessable, in Japanese", () => {
    const account = { loginId: "hanako", name: "窓口 花子" };
    expect(passwordProblem("short pass", account)).toBe("パスワードは12文字以上にしてください。");
    expect(passwordProblem("aaaaaaaaaaaaaaaa", account)).toContain("同じ文字の繰り返し");
    expect(passwordProblem("hanako-no-password", account)).toContain("ログインIDを含む");
    expect(passwordProblem("窓口花子のひみつの合言葉", account)).toContain("氏名を含む");
    expect(passwordProblem("shinonome-city-2026", account)).toContain("よく使われる");
    expect(passwordProblem("123456789012", account)).toContain("よく使われる");
    expect(passwordProblem(" 前後に空白のある合言葉です ", account)).toContain("空白");
    expect(passwordProblem(newPassword, account)).toBeNull();
    expect(passwordProblem("correct horse battery staple", account)).toBeNull();
  });
});

describe("auth.changePassword", () => {
  it("changes the own password, ends every other session of the account and keeps this one", async () => {
    const member = await clerk();
    const other = await loginAs(member.loginId, testPassword);
    const mine = await loginAs(member.loginId, testPassword);
    const result = await mine.caller.auth.changePassword({
      currentPassword: testPassword,
      newPassword,
      confirmPassword: newPassword,
    });
    expect(result).toEqual({ ok: true, endedSessions: 1 });
    expect(await mine.caller.auth.me()).toMatchObject({ id: member.id });
    expect(await (await browserCaller(db, `${cookieName}=${other.token}`)).caller.auth.me()).toBeNull();
    await expect(loginAs(member.loginId, testPassword)).rejects.toMatchObject({
      message: "ログインIDまたはパスワードが違います。",
    });
    await expect(loginAs(member.loginId, newPassword)).resolves.toHaveProperty("token");
    const audits = await db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.target, member.id), eq(schema.auditLog.action, "auth.password_change")));
    expect(audits).toHaveLength(1);
    expect(JSON.stringify(audits[0]?.detail)).not.toContain(newPassword);
  });

  it("refuses a wrong current password, a mismatch and a weak new one, each in Japanese", async () => {
    const member = await clerk();
    const caller = await callerFor(db, member);
    const change = (currentPassword: string, next: string, confirm = next) =>
      caller.auth.changePassword({ currentPassword, newPassword: next, confirmPassword: confirm });
    await expect(change("wrong", newPassword)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "現在のパスワードが違います。",
    });
    await expect(change(testPassword, newPassword, `${newPassword}!`)).rejects.toMatchObject({
      message: expect.stringContaining("確認用と一致しません"),
    });
    await expect(change(testPassword, "みじかい")).rejects.toMatchObject({
      message: "パスワードは12文字以上にしてください。",
    });
    await expect(change(testPassword, testPassword)).rejects.toMatchObject({
      message: "現在のパスワードとは別のものにしてください。",
    });
    await expect(change(testPassword, "", "")).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // Nothing changed: the old password still logs in.
    await expect(loginAs(member.loginId, testPassword)).resolves.toHaveProperty("token");
  });

  it("after an admin's reset allows nothing but changing the password, then everything again", async () => {
    const { city, shimin } = await createTestCity(db);
    const admin = await createTestStaff(db, { municipalityId: city.id, roles: ["system_admin"] });
    const member = await createTestStaff(db, {
      municipalityId: city.id,
      roles: ["counter_clerk", "dept_admin"],
      departmentId: shimin.id,
    });
    const { newPassword: issued } = await (await callerFor(db, admin)).admin.staff.resetPassword({
      id: member.id,
    });
    const { caller, token } = await loginAs(member.loginId, issued);
    expect(await caller.auth.me()).toMatchObject({ mustChangePassword: true });
    await expect(caller.counter.flows()).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("パスワードを変更してから"),
    });
    await caller.auth.changePassword({ currentPassword: issued, newPassword, confirmPassword: newPassword });
    // The next request of the same browser (same cookie) may do everything its roles allow.
    const next = (await browserCaller(db, `${cookieName}=${token}`)).caller;
    expect(await next.auth.me()).toMatchObject({ mustChangePassword: false });
    await expect(next.counter.flows()).resolves.toBeDefined();
  });
});
