import { and, eq, gt, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { loginAttempts } from "../schema";

export interface CountLoginFailuresParams {
  /** Count by account (login id) or by client address. */
  by: "loginId" | "address";
  value: string;
  /** Only failures after this moment count. */
  since: Date;
}

/**
 * Failed logins of an account or an address since `since`, and only those after its latest success:
 * a correct login resets the counter.
 */
export async function countLoginFailures(db: DbOrTx, params: CountLoginFailuresParams): Promise<number> {
  const column = params.by === "loginId" ? loginAttempts.loginId : loginAttempts.address;
  const lastSuccess = db
    .select({ at: sql`max(${loginAttempts.at})` })
    .from(loginAttempts)
    .where(and(eq(column, params.value), eq(loginAttempts.succeeded, true)));
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(loginAttempts)
    .where(
      and(
        eq(column, params.value),
        eq(loginAttempts.succeeded, false),
        gt(loginAttempts.at, params.since),
        sql`${loginAttempts.at} > coalesce((${lastSuccess}), '-infinity'::timestamptz)`,
      ),
    );
  return row?.n ?? 0;
}
