import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { bundles, counterSessions } from "../schema";

/**
 * The counter sessions a clerk holds (started, or handed over to them) not yet completed (open or determined), most recently updated first, at
 * most 100, with the title of the flow each runs (read from the bundle in SQL, not the whole document).
 */
export async function listOpenCounterSessions(
  db: DbOrTx,
  params: { municipalityId: string; assignedTo: string },
) {
  return db
    .select({
      sessionId: counterSessions.id,
      flowTitle: sql<string>`${bundles.document}->'flow'->>'title'`,
      receptionNumber: counterSessions.receptionNumber,
      status: counterSessions.status,
      updatedAt: counterSessions.updatedAt,
    })
    .from(counterSessions)
    .innerJoin(bundles, eq(bundles.id, counterSessions.bundleId))
    .where(
      and(
        eq(counterSessions.municipalityId, params.municipalityId),
        eq(counterSessions.assignedTo, params.assignedTo),
        inArray(counterSessions.status, ["open", "determined"]),
      ),
    )
    .orderBy(desc(counterSessions.updatedAt))
    .limit(100);
}
