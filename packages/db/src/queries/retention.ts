import { and, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { counterSessions, receptionStats } from "../schema";

/**
 * Marks a reception not yet finished (open or determined) cancelled: it can no longer be answered or
 * printed, its retention period starts now, and it writes no reception_stats. Null when it was
 * already completed or cancelled.
 */
export async function cancelCounterSession(db: DbOrTx, params: { sessionId: string; now: Date }) {
  const [row] = await db
    .update(counterSessions)
    .set({ status: "cancelled", completedAt: params.now, updatedAt: params.now })
    .where(
      and(eq(counterSessions.id, params.sessionId), inArray(counterSessions.status, ["open", "determined"])),
    )
    .returning({ id: counterSessions.id });
  return row ?? null;
}

/** Marks a determined session completed (the visit ended); null when it is not determined. */
export async function completeCounterSession(db: DbOrTx, params: { sessionId: string; now: Date }) {
  const [row] = await db
    .update(counterSessions)
    .set({ status: "completed", completedAt: params.now, updatedAt: params.now })
    .where(and(eq(counterSessions.id, params.sessionId), eq(counterSessions.status, "determined")))
    .returning({ id: counterSessions.id });
  return row ?? null;
}

export type ReceptionStatsRow = typeof receptionStats.$inferInsert;

/** The anonymous figures of one completed reception (keys only); written once. */
export async function insertReceptionStats(db: DbOrTx, row: ReceptionStatsRow): Promise<void> {
  await db.insert(receptionStats).values(row).onConflictDoNothing();
}

/**
 * Empties the answers and result of up to `limit` receptions whose retention period has passed —
 * completed more than the city's retention_days ago, or left unfinished (never completed) and
 * untouched that long — and marks them purged and completed (a cancelled one stays cancelled). Events, audit rows and
 * reception_stats stay. Rows another transaction holds are skipped (the next run takes them).
 * Returns how many were purged.
 */
export async function purgeExpiredSessions(
  db: DbOrTx,
  params: { now: Date; limit: number },
): Promise<number> {
  const now = params.now.toISOString();
  const rows = await db.execute<{ id: string }>(sql`
    with expired as (
      select s.id
        from ${counterSessions} s
        join municipalities m on m.id = s.municipality_id
       where s.purged_at is null
         and coalesce(s.completed_at, s.updated_at) < ${now}::timestamptz - make_interval(days => m.retention_days)
       order by s.id
       limit ${params.limit}
         for update of s skip locked
    )
    update ${counterSessions} c
       set answers = '{}'::jsonb,
           determination = null,
           status = case when c.status = 'cancelled' then 'cancelled' else 'completed' end,
           purged_at = ${now}::timestamptz
      from expired
     where c.id = expired.id
    returning c.id`);
  return rows.length;
}
