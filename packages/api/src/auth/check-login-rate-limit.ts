import { type Db, schema } from "@kakanai/db";
import { and, eq, gt, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { DomainError } from "../domain-error";

const { loginAttempts } = schema;

export const loginWindowMs = 5 * 60 * 1000;
export const maxFailuresPerAccount = 5;
/** Per address the limit is higher: one counter PC is shared by many staff. */
export const maxFailuresPerAddress = 30;

/** Refuses while an account (or an address) has too many recent failures since its last success. */
export async function checkLoginRateLimit(
  db: Db,
  params: { loginId: string; address: string | null; now: Date },
): Promise<void> {
  const since = new Date(params.now.getTime() - loginWindowMs);
  const accountFailures = await countFailures(db, loginAttempts.loginId, params.loginId, since);
  const addressFailures = params.address
    ? await countFailures(db, loginAttempts.address, params.address, since)
    : 0;
  if (accountFailures >= maxFailuresPerAccount || addressFailures >= maxFailuresPerAddress) {
    throw new DomainError(
      "TOO_MANY_REQUESTS",
      "ログインの失敗が続いたため、一時的にログインできません。5分ほど待ってからもう一度お試しください。",
    );
  }
}

async function countFailures(db: Db, column: AnyPgColumn, value: string, since: Date): Promise<number> {
  // Only failures after the latest success count: a correct login resets the counter.
  const lastSuccess = db
    .select({ at: sql`max(${loginAttempts.at})` })
    .from(loginAttempts)
    .where(and(eq(column, value), eq(loginAttempts.succeeded, true)));
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(loginAttempts)
    .where(
      and(
        eq(column, value),
        eq(loginAttempts.succeeded, false),
        gt(loginAttempts.at, since),
        sql`${loginAttempts.at} > coalesce((${lastSuccess}), '-infinity'::timestamptz)`,
      ),
    );
  return row?.n ?? 0;
}
