import { type DbOrTx, purgeExpiredSessions } from "@kakanai/db";

/** Rows purged per statement: short transactions, so the counters never wait on the job. */
const batchSize = 500;

/**
 * Empties every reception whose retention period has passed (see purgeExpiredSessions), a batch at
 * a time until none is left. Returns how many were purged; logs the count only.
 */
export async function runRetentionPurge(db: DbOrTx, now: Date = new Date()): Promise<number> {
  let total = 0;
  for (;;) {
    const purged = await purgeExpiredSessions(db, { now, limit: batchSize });
    total += purged;
    if (purged < batchSize) break;
  }
  if (total > 0) console.log(`retention: purged ${total} reception(s) past their retention period`);
  return total;
}
