import { schema } from "@kakanai/db";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { browserCaller, callerFor, cookieName } from "../../test/caller";
import { createTestCity, createTestStaff, testPassword } from "../../test/factories";
import { useTestDb } from "../../test/test-db";
import { loginStaff } from "../auth/login-staff";

const db = useTestDb();

async function cityWithAdmin() {
  const city = await createTestCity(db);
  const admin = await createTestStaff(db, {
    municipalityId: city.city.id,
    roles: ["system_admin"],
    departmentId: city.shimin.id,
  });
  return { ...city, admin, caller: await callerFor(db, admin) };
}

async function auditActions(target: string) {
  const rows = await db
    .select()
    .from(schema.auditLog)
    .where(eq(schema.auditLog.target, target))
    .orderBy(schema.auditLog.id);
  return rows.map((r) => r.action);
}

/** A login through the real path; the caller sees what a browser with that cookie would. */
async function loginAs(loginId: string, password: string) {
  const { token } = await loginStaff(db, { loginId, password, address: null, previousTokenHash: null });
  return (await browserCaller(db, `${cookieName}=${token}`)).caller;
}

const uniqueId = (label: string) => `${label}-${crypto.randomUUID().slice(0, 8)}`;

describe("admin procedures", () => {
  it("are for the system admin only: a department admin, publisher or clerk is FORBIDDEN", async () => {
    const { city, shimin } = await cityWithAdmin();
    for (const roles of [["dept_admin", "publisher"], ["counter_clerk"], ["department_clerk"]] as const) {
      const other = await callerFor(
        db,
        await createTestStaff(db, { municipalityId: city.id, roles: [...roles], departmentId: shimin.id }),
      );
      const forbidden = { code: "FORBIDDEN", message: "この操作を行う権限がありません。" };
      await expect(other.admin.departments.list()).rejects.toMatchObject(forbidden);
      await expect(other.admin.staff.list()).rejects.toMatchObject(forbidden);
      await expect(
        other.admin.departments.create({ key: "zeimu", name: "税務課", counter: "", linked: true }),
      ).rejects.toMatchObject(forbidden);
      await expect(
        other.admin.staff.create({
          loginId: uniqueId("x"),
          name: "x",
          roles: ["system_admin"],
          departmentId: null,
        }),
      ).rejects.toMatchObject(forbidden);
      await expect(other.admin.staff.resetPassword({ id: crypto.randomUUID() })).rejects.toMatchObject(
        forbidden,
      );
    }
    const anonymous = (await browserCaller(db)).caller;
    await expect(anonymous.admin.staff.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("creates and edits a department, with an audit row each time and a clear error for a taken key", async () => {
    const { caller } = await cityWithAdmin();
    const created = await caller.admin.departments.create({
      key: "zeimu",
      name: "税務課",
      counter: "2階 24番",
      linked: true,
    });
    const list = await caller.admin.departments.list();
    expect(list.map((d) => d.name)).toEqual(["市民課", "こども育成課", "税務課"]);
    await caller.admin.departments.update({
      id: created.id,
      name: "税務課",
      counter: "2階 26番",
      linked: false,
    });
    expect((await caller.admin.departments.list()).at(-1)).toMatchObject({
      key: "zeimu",
      counter: "2階 26番",
      linked: false,
    });
    expect(await auditActions(created.id)).toEqual(["department.create", "department.update"]);

    await expect(
      caller.admin.departments.create({ key: "zeimu", name: "別の課", counter: "", linked: true }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("すでに使われています") });
    await expect(
      caller.admin.departments.create({ key: "税務", name: "税務課", counter: "", linked: true }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("部署キーは半角英小文字"),
    });
  });

  it("creates a department clerk who logs in, chooses a password and then uses the QR scan", async () => {
    const { caller } = await cityWithAdmin();
    const zeimu = await caller.admin.departments.create({
      key: "zeimu",
      name: "税務課",
      counter: "",
      linked: true,
    });
    const loginId = uniqueId("zeimu");
    const account = await caller.admin.staff.create({
      loginId,
      name: "税務 一郎",
      roles: ["department_clerk"],
      departmentId: zeimu.id,
    });
    expect(account.initialPassword).toMatch(/^[A-Za-z2-9]{12}$/);
    const first = await loginAs(loginId, account.initialPassword);
    expect(await first.auth.me()).toMatchObject({
      roles: ["department_clerk"],
      departmentKey: "zeimu",
      mustChangePassword: true,
    });
    // The password the admin handed over opens nothing but the password change.
    await expect(first.scan.resolve({ code: "NOTACODE" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const own = "税務課の窓口は二階の一番奥です";
    await first.auth.changePassword({
      currentPassword: account.initialPassword,
      newPassword: own,
      confirmPassword: own,
    });
    const clerk = await loginAs(loginId, own);
    // Past the role check: a made-up code is refused as a bad code, not as a missing permission.
    await expect(clerk.scan.resolve({ code: "NOTACODE" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await auditActions(account.id)).toEqual([
      "staff.create",
      "auth.login",
      "auth.password_change",
      "auth.login",
    ]);
    const [row] = await db.select().from(schema.auditLog).where(eq(schema.auditLog.target, account.id));
    expect(JSON.stringify(row?.detail)).not.toContain(account.initialPassword);
  });

  it("refuses a taken login id with a Japanese CONFLICT, not a 500", async () => {
    const { caller, city } = await cityWithAdmin();
    const existing = await createTestStaff(db, { municipalityId: city.id, roles: ["counter_clerk"] });
    await expect(
      caller.admin.staff.create({
        loginId: existing.loginId,
        name: "重複",
        roles: ["counter_clerk"],
        departmentId: null,
        password: "long enough",
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: `ログインID「${existing.loginId}」はすでに使われています。別のIDにしてください。`,
    });
  });

  it("never reaches across cities: another city's staff and departments are not found, nor listed", async () => {
    const a = await cityWithAdmin();
    const b = await cityWithAdmin();
    const bClerk = await createTestStaff(db, { municipalityId: b.city.id, roles: ["counter_clerk"] });
    expect((await a.caller.admin.staff.list()).map((s) => s.id)).not.toContain(bClerk.id);
    expect((await a.caller.admin.departments.list()).map((d) => d.id)).not.toContain(b.kodomo.id);
    const fields = { name: "乗っ取り", roles: ["counter_clerk" as const], departmentId: null };
    await expect(
      a.caller.admin.staff.update({ id: bClerk.id, ...fields, disabled: true }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(a.caller.admin.staff.resetPassword({ id: bClerk.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      a.caller.admin.departments.update({ id: b.kodomo.id, name: "x", counter: "", linked: true }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      a.caller.admin.staff.create({
        loginId: uniqueId("cross"),
        name: "越境",
        roles: ["department_clerk"],
        departmentId: b.kodomo.id,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "所属課が見つかりません。" });
    // b's clerk is untouched and still logs in with the old password.
    await expect(loginAs(bClerk.loginId, testPassword)).resolves.toBeDefined();
  });

  it("disabling an account ends its sessions and refuses new logins", async () => {
    const { caller, city, kodomo } = await cityWithAdmin();
    const clerk = await createTestStaff(db, {
      municipalityId: city.id,
      roles: ["department_clerk"],
      departmentId: kodomo.id,
    });
    const { token } = await loginStaff(db, {
      loginId: clerk.loginId,
      password: testPassword,
      address: null,
      previousTokenHash: null,
    });
    const withCookie = async () => (await browserCaller(db, `${cookieName}=${token}`)).caller;
    expect(await (await withCookie()).auth.me()).toMatchObject({ id: clerk.id });
    const result = await caller.admin.staff.update({
      id: clerk.id,
      name: clerk.name,
      roles: ["department_clerk"],
      departmentId: kodomo.id,
      disabled: true,
    });
    expect(result.endedSessions).toBe(1);
    const sessions = await db
      .select()
      .from(schema.authSessions)
      .where(eq(schema.authSessions.staffId, clerk.id));
    expect(sessions).toEqual([]);
    // The next request with the same cookie is nobody's: the scan refuses it.
    expect(await (await withCookie()).auth.me()).toBeNull();
    await expect((await withCookie()).scan.resolve({ code: "X" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(loginAs(clerk.loginId, testPassword)).rejects.toMatchObject({
      message: "ログインIDまたはパスワードが違います。",
    });
    const list = await caller.admin.staff.list();
    expect(list.find((s) => s.id === clerk.id)?.disabled).toBe(true);
    const audits = await db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.target, clerk.id), eq(schema.auditLog.action, "staff.update")));
    expect(audits[0]?.detail).toMatchObject({ disabled: true, endedSessions: 1 });
  });

  it("resets a password: the new one works, the old one and the old sessions stop working", async () => {
    const { caller, city } = await cityWithAdmin();
    const clerk = await createTestStaff(db, { municipalityId: city.id, roles: ["counter_clerk"] });
    const { token: oldToken } = await loginStaff(db, {
      loginId: clerk.loginId,
      password: testPassword,
      address: null,
      previousTokenHash: null,
    });
    const generated = await caller.admin.staff.resetPassword({ id: clerk.id });
    expect(generated.newPassword).toHaveLength(12);
    expect(await (await browserCaller(db, `${cookieName}=${oldToken}`)).caller.auth.me()).toBeNull();
    await expect(loginAs(clerk.loginId, testPassword)).rejects.toMatchObject({
      message: "ログインIDまたはパスワードが違います。",
    });
    expect(await (await loginAs(clerk.loginId, generated.newPassword)).auth.me()).toMatchObject({
      id: clerk.id,
    });

    await caller.admin.staff.resetPassword({ id: clerk.id, password: "kari-pass-2026" });
    await expect(loginAs(clerk.loginId, generated.newPassword)).rejects.toMatchObject({
      message: "ログインIDまたはパスワードが違います。",
    });
    await expect(loginAs(clerk.loginId, "kari-pass-2026")).resolves.toBeDefined();
    await expect(caller.admin.staff.resetPassword({ id: clerk.id, password: "short" })).rejects.toMatchObject(
      {
        code: "BAD_REQUEST",
        message: expect.stringContaining("8文字以上"),
      },
    );
    const actions = await auditActions(clerk.id);
    expect(actions.filter((a) => a === "staff.password_reset")).toHaveLength(2);
    const rows = await db.select().from(schema.auditLog).where(eq(schema.auditLog.target, clerk.id));
    expect(JSON.stringify(rows.map((r) => r.detail))).not.toMatch(/kari-pass-2026|\$scrypt/);
  });

  it("keeps the admin from locking themselves out", async () => {
    const { caller, admin, shimin } = await cityWithAdmin();
    const fields = { id: admin.id, name: admin.name, departmentId: shimin.id };
    await expect(
      caller.admin.staff.update({ ...fields, roles: ["system_admin"], disabled: true }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "自分自身のアカウントは無効にできません。" });
    await expect(
      caller.admin.staff.update({ ...fields, roles: ["dept_admin"], disabled: false }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "自分自身のシステム管理者の役割は外せません。" });
    await expect(caller.admin.staff.resetPassword({ id: admin.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("requires a department for department-bound roles", async () => {
    const { caller } = await cityWithAdmin();
    await expect(
      caller.admin.staff.create({
        loginId: uniqueId("nodept"),
        name: "無所属",
        roles: ["department_clerk"],
        departmentId: null,
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("所属課を選んでください"),
    });
  });
});
