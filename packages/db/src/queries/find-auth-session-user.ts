import { and, eq, gt, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../client";
import { authSessions, departments, municipalities, staff } from "../schema";
import { preparedFor } from "./prepared";

/** The staff member behind a login session, as every auth check reads it. */
export const authUserColumns = {
  id: staff.id,
  name: staff.name,
  roles: staff.roles,
  municipalityId: staff.municipalityId,
  municipalityName: municipalities.name,
  departmentId: staff.departmentId,
  departmentKey: departments.key,
  departmentName: departments.name,
  mustChangePassword: staff.mustChangePassword,
};

/** The conditions of a valid login: this token's session, unexpired, of an enabled account. */
export const validLogin = and(
  eq(authSessions.tokenHash, sql.placeholder("tokenHash")),
  gt(authSessions.expiresAt, sql`${sql.placeholder("now")}::timestamptz`),
  eq(staff.disabled, false),
);

const query = (db: Db) =>
  db
    .select({ lastSeenAt: authSessions.lastSeenAt, user: authUserColumns })
    .from(authSessions)
    .innerJoin(staff, eq(staff.id, authSessions.staffId))
    .innerJoin(municipalities, eq(municipalities.id, staff.municipalityId))
    .leftJoin(departments, eq(departments.id, staff.departmentId))
    .where(validLogin)
    .limit(1)
    .prepare("kk_find_auth_session_user");

/**
 * The staff member behind an unexpired login session, with their city and department; null when the
 * session is unknown or expired or the account is disabled. Prepared once per pool: it runs on
 * every request.
 */
export async function findAuthSessionUser(db: Db, params: { tokenHash: string; now: Date }) {
  const [row] = await preparedFor(db, "findAuthSessionUser", query).execute({
    tokenHash: params.tokenHash,
    now: params.now.toISOString(),
  });
  return row ?? null;
}

/** Sliding expiry: the session was seen at `now` and lives until `expiresAt`. */
export async function touchAuthSession(
  db: DbOrTx,
  params: { tokenHash: string; now: Date; expiresAt: Date },
): Promise<void> {
  await db
    .update(authSessions)
    .set({ lastSeenAt: params.now, expiresAt: params.expiresAt })
    .where(eq(authSessions.tokenHash, params.tokenHash));
}
