import { type Db, schema } from "@kakanai/db";
import { and, eq, gt } from "drizzle-orm";
import type { AuthUser } from "../auth-user";
import type { Role } from "../roles";
import { sessionIdleMs } from "./session-cookie";
import { tokenHash } from "./token-hash";

const { authSessions, departments, municipalities, staff } = schema;

/** Touch the session at most once a minute: sliding expiry without a write per request. */
const touchEveryMs = 60 * 1000;

export async function resolveSessionUser(
  db: Db,
  params: { token: string; now: Date },
): Promise<{ user: AuthUser; tokenHash: string } | null> {
  const hash = tokenHash(params.token);
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
      },
    })
    .from(authSessions)
    .innerJoin(staff, eq(staff.id, authSessions.staffId))
    .innerJoin(municipalities, eq(municipalities.id, staff.municipalityId))
    .leftJoin(departments, eq(departments.id, staff.departmentId))
    .where(
      and(
        eq(authSessions.tokenHash, hash),
        gt(authSessions.expiresAt, params.now),
        eq(staff.disabled, false),
      ),
    )
    .limit(1);
  if (!row) return null;
  if (params.now.getTime() - row.lastSeenAt.getTime() > touchEveryMs) {
    await db
      .update(authSessions)
      .set({ lastSeenAt: params.now, expiresAt: new Date(params.now.getTime() + sessionIdleMs) })
      .where(eq(authSessions.tokenHash, hash));
  }
  return { user: { ...row.user, roles: row.user.roles as Role[] }, tokenHash: hash };
}
