import { and, asc, eq, ne } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { authSessions, departments, type StaffRole, staff } from "../schema";

/** A city's staff accounts for the system admin: never the password hash. */
export async function listStaff(db: DbOrTx, params: { municipalityId: string }) {
  return db
    .select({
      id: staff.id,
      loginId: staff.loginId,
      name: staff.name,
      roles: staff.roles,
      departmentId: staff.departmentId,
      departmentName: departments.name,
      disabled: staff.disabled,
      createdAt: staff.createdAt,
    })
    .from(staff)
    .leftJoin(departments, eq(departments.id, staff.departmentId))
    .where(eq(staff.municipalityId, params.municipalityId))
    .orderBy(asc(staff.createdAt), asc(staff.loginId));
}

/** One staff account of this city (without the hash); null when none or another city's. */
export async function findStaffById(db: DbOrTx, params: { municipalityId: string; id: string }) {
  const [row] = await db
    .select({
      id: staff.id,
      loginId: staff.loginId,
      name: staff.name,
      roles: staff.roles,
      departmentId: staff.departmentId,
      disabled: staff.disabled,
    })
    .from(staff)
    .where(and(eq(staff.municipalityId, params.municipalityId), eq(staff.id, params.id)));
  return row ?? null;
}

export interface UpdateStaffParams {
  municipalityId: string;
  id: string;
  name: string;
  roles: StaffRole[];
  departmentId: string | null;
  disabled: boolean;
}

/** Name, roles, department and the disabled flag of one of this city's accounts. */
export async function updateStaff(db: DbOrTx, params: UpdateStaffParams) {
  const [row] = await db
    .update(staff)
    .set({
      name: params.name,
      roles: params.roles,
      departmentId: params.departmentId,
      disabled: params.disabled,
    })
    .where(and(eq(staff.municipalityId, params.municipalityId), eq(staff.id, params.id)))
    .returning({ id: staff.id });
  return row ?? null;
}

/**
 * Replaces the password hash (db never sees a password). `mustChange`: an admin issued it, so the
 * account has to choose its own at the next login; false when the person chose it themselves.
 */
export async function updateStaffPassword(
  db: DbOrTx,
  params: { municipalityId: string; id: string; passwordHash: string; mustChange: boolean },
) {
  const [row] = await db
    .update(staff)
    .set({ passwordHash: params.passwordHash, mustChangePassword: params.mustChange })
    .where(and(eq(staff.municipalityId, params.municipalityId), eq(staff.id, params.id)))
    .returning({ id: staff.id });
  return row ?? null;
}

/** Ends every login session of one account (disabled, or its password was reset). */
export async function deleteStaffAuthSessions(db: DbOrTx, params: { staffId: string }): Promise<number> {
  const rows = await db
    .delete(authSessions)
    .where(eq(authSessions.staffId, params.staffId))
    .returning({ tokenHash: authSessions.tokenHash });
  return rows.length;
}

/**
 * The same password under stronger hash parameters (at login): only while the stored hash is still
 * the one that was verified, so a password changed meanwhile is never overwritten.
 */
export async function updateStaffPasswordHash(
  db: DbOrTx,
  params: { id: string; previousHash: string; passwordHash: string },
): Promise<boolean> {
  const rows = await db
    .update(staff)
    .set({ passwordHash: params.passwordHash })
    .where(and(eq(staff.id, params.id), eq(staff.passwordHash, params.previousHash)))
    .returning({ id: staff.id });
  return rows.length > 0;
}

/** Ends every login session of one account but the one given (a password change keeps the changer's). */
export async function deleteOtherAuthSessions(
  db: DbOrTx,
  params: { staffId: string; keepTokenHash: string },
): Promise<number> {
  const rows = await db
    .delete(authSessions)
    .where(and(eq(authSessions.staffId, params.staffId), ne(authSessions.tokenHash, params.keepTokenHash)))
    .returning({ tokenHash: authSessions.tokenHash });
  return rows.length;
}

/** What checking an account's own password needs (the api never sends the hash anywhere). */
export async function findStaffCredentials(db: DbOrTx, params: { id: string }) {
  const [row] = await db
    .select({ id: staff.id, loginId: staff.loginId, name: staff.name, passwordHash: staff.passwordHash })
    .from(staff)
    .where(eq(staff.id, params.id));
  return row ?? null;
}
