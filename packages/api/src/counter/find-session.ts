import { type DbOrTx, schema } from "@kakanai/db";
import type { Answers, Bundle, Determination } from "@kakanai/engine";
import { and, eq } from "drizzle-orm";
import { notFound } from "../domain-error";

const { bundles, counterSessions } = schema;

export interface SessionRecord {
  id: string;
  municipalityId: string;
  status: string;
  answers: Answers;
  revision: number;
  receptionNumber: string;
  determination: Determination | null;
  createdBy: string;
  updatedAt: Date;
  bundleSeq: number;
  bundle: Bundle;
}

/** A session of this municipality with the bundle it started on (never a newer one). */
export async function findSession(
  db: DbOrTx,
  params: { sessionId: string; municipalityId: string; forUpdate?: boolean },
): Promise<SessionRecord> {
  const query = db
    .select({ session: counterSessions, bundleSeq: bundles.seq, bundle: bundles.document })
    .from(counterSessions)
    .innerJoin(bundles, eq(bundles.id, counterSessions.bundleId))
    .where(
      and(
        eq(counterSessions.id, params.sessionId),
        eq(counterSessions.municipalityId, params.municipalityId),
      ),
    )
    .limit(1);
  const [row] = params.forUpdate ? await query.for("update", { of: counterSessions }) : await query;
  if (!row) throw notFound("受付");
  const s = row.session;
  return {
    id: s.id,
    municipalityId: s.municipalityId,
    status: s.status,
    answers: s.answers as Answers,
    revision: s.revision,
    receptionNumber: s.receptionNumber,
    determination: s.determination as Determination | null,
    createdBy: s.createdBy,
    updatedAt: s.updatedAt,
    bundleSeq: row.bundleSeq,
    bundle: row.bundle as Bundle,
  };
}
