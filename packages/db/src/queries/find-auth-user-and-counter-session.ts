import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { authSessions, bundles, counterSessions, departments, municipalities, staff } from "../schema";
import { authUserColumns, validLogin } from "./find-auth-session-user";
import { preparedFor } from "./prepared";

const query = (db: Db) =>
  db
    .select({
      lastSeenAt: authSessions.lastSeenAt,
      user: authUserColumns,
      session: counterSessions,
      bundle: { id: bundles.id, seq: bundles.seq, contentHash: bundles.contentHash },
    })
    .from(authSessions)
    .innerJoin(staff, eq(staff.id, authSessions.staffId))
    .innerJoin(municipalities, eq(municipalities.id, staff.municipalityId))
    .leftJoin(departments, eq(departments.id, staff.departmentId))
    // Only a session of the logged-in staff member's own city is joined: another city's is not found.
    .leftJoin(
      counterSessions,
      and(
        eq(counterSessions.id, sql`${sql.placeholder("sessionId")}::uuid`),
        eq(counterSessions.municipalityId, staff.municipalityId),
      ),
    )
    .leftJoin(bundles, eq(bundles.id, counterSessions.bundleId))
    .where(validLogin)
    .limit(1)
    .prepare("kk_find_auth_user_and_counter_session");

/**
 * The counter's answer path in one round trip: the login as findAuthSessionUser reads it, and the
 * counter session as findCounterSession reads it (its bundle's id, seq and content hash, not the
 * document) — but only a session of the user's own municipality. Null when the login is not valid
 * (whatever the session); `session` and `bundle` null when the session is unknown or another city's.
 */
export async function findAuthUserAndCounterSession(
  db: Db,
  params: { tokenHash: string; now: Date; sessionId: string },
) {
  const [row] = await preparedFor(db, "findAuthUserAndCounterSession", query).execute({
    tokenHash: params.tokenHash,
    now: params.now.toISOString(),
    sessionId: params.sessionId,
  });
  return row ?? null;
}
