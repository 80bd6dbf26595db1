import { and, eq, gt } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { authSessions, departments, municipalities, staff } from "../schema";

/**
 * The staff member behind an unexpired login session, with their city and department; null when the
 * session is unknown or expired or the account is disabled.
 */
export async function findAuthSessionUser(db: DbOrTx, params: { tokenHash: string; now: Date }) {
  const [row] = await db
    .select({
      lastSeenAt: authSessions.lastSeenAt,
      user: {
        id: staff.id,
        name: staff.name,
        roles: staff.roles,
        municipalityId: staff.municipalityId,
        municipalityName: municipalities.name,
        departmentId: staff.departmentId,
        departmentKey: departments.key,
        departmentName: departments.name,
        mustChangePassword: staff.mustChangePassword,
      },
    })
    .from(authSessions)
    .innerJoin(staff, eq(staff.id, authSessions.staffId))
    .innerJoin(municipalities, eq(municipalities.id, staff.municipalityId))
    .leftJoin(departments, eq(departments.id, staff.departmentId))
    .where(
      and(
        eq(authSessions.tokenHash, params.tokenHash),
        gt(authSessions.expiresAt, params.now),
        eq(staff.disabled, false),
      ),
    )
    .limit(1);
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
