import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { receptionCounters } from "../schema";

/**
 * The next reception number of a municipality on a day (1, 2, …), handed out by one atomic upsert so
 * two counters never get the same one.
 */
export async function incrementReceptionCounter(
  db: DbOrTx,
  params: { municipalityId: string; day: string },
): Promise<number> {
  const [row] = await db
    .insert(receptionCounters)
    .values({ municipalityId: params.municipalityId, day: params.day, last: 1 })
    .onConflictDoUpdate({
      target: [receptionCounters.municipalityId, receptionCounters.day],
      set: { last: sql`${receptionCounters.last} + 1` },
    })
    .returning({ last: receptionCounters.last });
  if (!row) throw new Error("reception counter upsert returned no row");
  return row.last;
}
