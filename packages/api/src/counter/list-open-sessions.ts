import { type Db, schema } from "@kakanai/db";
import { and, desc, eq, inArray, sql } from "drizzle-orm";

const { bundles, counterSessions } = schema;

export interface OpenSessionItem {
  sessionId: string;
  flowTitle: string;
  receptionNumber: string;
  status: string;
  updatedAt: Date;
}

/** The clerk's own sessions not yet completed, newest first, to resume after a reload or a crash. */
export async function listOpenSessions(
  db: Db,
  params: { municipalityId: string; by: string },
): Promise<OpenSessionItem[]> {
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
        eq(counterSessions.createdBy, params.by),
        inArray(counterSessions.status, ["open", "determined"]),
      ),
    )
    .orderBy(desc(counterSessions.updatedAt))
    .limit(100);
}
