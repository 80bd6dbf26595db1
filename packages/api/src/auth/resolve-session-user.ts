import { type Db, findAuthSessionUser, findAuthUserAndCounterSession, touchAuthSession } from "@kakanai/db";
import type { AuthUser } from "../auth-user";
import { type SessionRecord, toSessionRecord } from "../counter/find-session";
import { sessionIdleMs } from "./session-cookie";

/** Touch the session at most once a minute: sliding expiry without a write per request. */
const touchEveryMs = 60 * 1000;

/** The staff member behind a login session (by its token's hash); null when it is not valid. */
export async function resolveSessionUser(
  db: Db,
  params: { tokenHash: string; now: Date; idleMs?: number },
): Promise<AuthUser | null> {
  const row = await findAuthSessionUser(db, params);
  if (!row) return null;
  await keepAlive(db, params, row.lastSeenAt);
  return row.user;
}

/**
 * The same, and one counter session of that user's municipality, read in one statement (the
 * counter's answer path). `session` is null when it is unknown or another city's, or when nobody is
 * logged in.
 */
export async function resolveSessionUserAndReception(
  db: Db,
  params: { tokenHash: string; now: Date; sessionId: string; idleMs?: number },
): Promise<{ user: AuthUser | null; session: SessionRecord | null }> {
  const row = await findAuthUserAndCounterSession(db, params);
  if (!row) return { user: null, session: null };
  await keepAlive(db, params, row.lastSeenAt);
  const session = row.session && row.bundle ? await toSessionRecord(db, row.session, row.bundle) : null;
  return { user: row.user, session };
}

/**
 * Slides the expiry to now + the app's idle period. A login of an app with a short idle period (the
 * counter) is refused by the query once it is past its expiry, touched or not.
 */
async function keepAlive(
  db: Db,
  params: { tokenHash: string; now: Date; idleMs?: number },
  lastSeenAt: Date,
) {
  const idleMs = params.idleMs ?? sessionIdleMs;
  if (params.now.getTime() - lastSeenAt.getTime() <= Math.min(touchEveryMs, idleMs / 4)) return;
  await touchAuthSession(db, {
    tokenHash: params.tokenHash,
    now: params.now,
    expiresAt: new Date(params.now.getTime() + idleMs),
  });
}
