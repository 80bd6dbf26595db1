import { and, asc, eq } from "drizzle-orm";
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

/** Replaces the password hash (db never sees a password). */
export async function updateStaffPassword(
  db: DbOrTx,
  params: { municipalityId: string; id: string; passwordHash: string },
) {
  const [row] = await db
    .update(staff)
    .set({ passwordHash: params.passwordHash })
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
