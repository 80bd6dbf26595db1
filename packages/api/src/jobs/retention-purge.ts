import { type DbOrTx, purgeExpiredPreApplications, purgeExpiredSessions } from "@kakanai/db";

/** Rows purged per statement: short transactions, so the counters never wait on the job. */
const batchSize = 500;

/**
 * Empties every reception whose retention period has passed (see purgeExpiredSessions), a batch at
 * a time until none is left, and deletes residents' pre-applications past their expiry. Returns how
 * many receptions were purged; logs the counts only.
 */
export async function runRetentionPurge(db: DbOrTx, now: Date = new Date()): Promise<number> {
  let total = 0;
  for (;;) {
    const purged = await purgeExpiredSessions(db, { now, limit: batchSize });
    total += purged;
    if (purged < batchSize) break;
  }
  if (total > 0) console.log(`retention: purged ${total} reception(s) past their retention period`);
  // Residents' pre-applications (apps/portal) live until their expiry, used or not.
  const preApplications = await purgeExpiredPreApplications(db, { now });
  if (preApplications > 0) console.log(`retention: deleted ${preApplications} expired pre-application(s)`);
  return total;
}
