import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { bundles, counterSessions } from "../schema";

/**
 * The counter sessions a clerk holds (started, or handed over to them), most recently updated first,
 * at most 100: only those not yet finished (open or determined), or with `finished` also completed
 * and cancelled ones. Each comes with the title of the flow it runs (read from the bundle in SQL, not
 * the whole document), the bundle's reference (to name the resident from the answers) and its answers
 * (empty once purged).
 */
export async function listOpenCounterSessions(
  db: DbOrTx,
  params: { municipalityId: string; assignedTo: string; finished?: boolean },
) {
  return db
    .select({
      sessionId: counterSessions.id,
      flowTitle: sql<string>`${bundles.document}->'flow'->>'title'`,
      receptionNumber: counterSessions.receptionNumber,
      status: counterSessions.status,
      createdAt: counterSessions.createdAt,
      updatedAt: counterSessions.updatedAt,
      purged: sql<boolean>`${counterSessions.purgedAt} is not null`,
      answers: counterSessions.answers,
      bundle: { id: bundles.id, contentHash: bundles.contentHash },
    })
    .from(counterSessions)
    .innerJoin(bundles, eq(bundles.id, counterSessions.bundleId))
    .where(
      and(
        eq(counterSessions.municipalityId, params.municipalityId),
        eq(counterSessions.assignedTo, params.assignedTo),
        params.finished ? undefined : inArray(counterSessions.status, ["open", "determined"]),
      ),
    )
    .orderBy(desc(counterSessions.updatedAt))
    .limit(100);
}
