import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { bundles, counterSessions } from "../schema";

export interface FindCounterSessionParams {
  sessionId: string;
  municipalityId: string;
  /** Lock the session row (not its bundle) until the transaction ends. */
  forUpdate?: boolean;
}

/**
 * A counter session of this municipality and which bundle it runs on: id, seq and content hash only.
 * The bundle's document (hundreds of KB) is not read here; bundles are immutable, so callers keep
 * parsed ones by id and hash (see getBundleDocument).
 */
export async function findCounterSession(db: DbOrTx, params: FindCounterSessionParams) {
  const query = db
    .select({
      session: counterSessions,
      bundle: { id: bundles.id, seq: bundles.seq, contentHash: bundles.contentHash },
    })
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
  return row ?? null;
}
