import { type DbOrTx, schema } from "@kakanai/db";
import { sql } from "drizzle-orm";

const { receptionCounters } = schema;

/** The reception day in Japan, whatever the server's time zone. */
export function receptionDay(now: Date): string {
  return new Date(now.getTime() + 9 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** "A-0012": per municipality per day, handed out by one atomic upsert so two counters never share one. */
export async function nextReceptionNumber(
  db: DbOrTx,
  params: { municipalityId: string; day: string },
): Promise<string> {
  const [row] = await db
    .insert(receptionCounters)
    .values({ municipalityId: params.municipalityId, day: params.day, last: 1 })
    .onConflictDoUpdate({
      target: [receptionCounters.municipalityId, receptionCounters.day],
      set: { last: sql`${receptionCounters.last} + 1` },
    })
    .returning({ last: receptionCounters.last });
  if (!row) throw new Error("reception counter upsert returned no row");
  return `A-${String(row.last).padStart(4, "0")}`;
}
