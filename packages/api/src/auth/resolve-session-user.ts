import { type Db, findAuthSessionUser, touchAuthSession } from "@kakanai/db";
import type { AuthUser } from "../auth-user";
import { sessionIdleMs } from "./session-cookie";
import { tokenHash } from "./token-hash";

/** Touch the session at most once a minute: sliding expiry without a write per request. */
const touchEveryMs = 60 * 1000;

export async function resolveSessionUser(
  db: Db,
  params: { token: string; now: Date },
): Promise<{ user: AuthUser; tokenHash: string } | null> {
  const hash = tokenHash(params.token);
  const row = await findAuthSessionUser(db, { tokenHash: hash, now: params.now });
  if (!row) return null;
  if (params.now.getTime() - row.lastSeenAt.getTime() > touchEveryMs) {
    await touchAuthSession(db, {
      tokenHash: hash,
      now: params.now,
      expiresAt: new Date(params.now.getTime() + sessionIdleMs),
    });
  }
  return { user: row.user, tokenHash: hash };
}
