import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { loginThrottle } from "../schema";

export interface CountLoginAttemptParams {
  /** `account:<login id>`, `address:<address>`: each counted in its own window. */
  keys: string[];
  now: Date;
  windowMs: number;
}

/**
 * Counts one more attempt under each key and returns each key's attempts in its current window, in
 * one statement: the upsert locks each key's row, so concurrent attempts are numbered one by one and
 * a burst can never all see the same count. A window older than `windowMs` starts over at 1. Keys
 * are locked in sorted order, so two attempts sharing a key cannot deadlock.
 */
export async function countLoginAttempt(
  db: DbOrTx,
  params: CountLoginAttemptParams,
): Promise<Map<string, number>> {
  const keys = [...new Set(params.keys)].sort();
  if (keys.length === 0) return new Map();
  const cutoff = new Date(params.now.getTime() - params.windowMs).toISOString();
  const expired = sql`${loginThrottle.windowStart} <= ${cutoff}::timestamptz`;
  const rows = await db
    .insert(loginThrottle)
    .values(keys.map((key) => ({ key, windowStart: params.now, attempts: 1 })))
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        attempts: sql`case when ${expired} then 1 else ${loginThrottle.attempts} + 1 end`,
        windowStart: sql`case when ${expired} then excluded.window_start else ${loginThrottle.windowStart} end`,
      },
    })
    .returning({ key: loginThrottle.key, attempts: loginThrottle.attempts });
  return new Map(rows.map((r) => [r.key, r.attempts]));
}

/** After a successful login: the account's count starts over, the address gets this attempt back. */
export async function settleLoginAttempt(db: DbOrTx, params: { resetKey: string; refundKey: string | null }) {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, params.resetKey));
  if (params.refundKey)
    await db
      .update(loginThrottle)
      .set({ attempts: sql`greatest(${loginThrottle.attempts} - 1, 0)` })
      .where(eq(loginThrottle.key, params.refundKey));
}
