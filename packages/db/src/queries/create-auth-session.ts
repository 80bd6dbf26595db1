import type { DbOrTx } from "../client";
import { authSessions } from "../schema";

export interface CreateAuthSessionParams {
  /** sha256 of the cookie's token: the token itself is never stored. */
  tokenHash: string;
  staffId: string;
  now: Date;
  expiresAt: Date;
}

export async function createAuthSession(db: DbOrTx, params: CreateAuthSessionParams): Promise<void> {
  await db.insert(authSessions).values({
    tokenHash: params.tokenHash,
    staffId: params.staffId,
    createdAt: params.now,
    lastSeenAt: params.now,
    expiresAt: params.expiresAt,
  });
}
