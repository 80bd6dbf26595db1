import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { bundles, counterSessions, municipalities } from "../schema";

/**
 * Whose counter session a slip names, in any municipality: the owning city's QR secrets (current and
 * previous, to check the slip's MAC) and the title of the session's flow ("" when the bundle has
 * none). Null when the session does not exist.
 */
export async function findSlipOwner(db: DbOrTx, params: { sessionId: string }) {
  const [row] = await db
    .select({
      municipalityId: counterSessions.municipalityId,
      qrSecret: municipalities.qrSecret,
      previousQrSecret: municipalities.previousQrSecret,
      flowTitle: sql<string>`coalesce(${bundles.document}->'flow'->>'title', '')`,
    })
    .from(counterSessions)
    .innerJoin(municipalities, eq(municipalities.id, counterSessions.municipalityId))
    .innerJoin(bundles, eq(bundles.id, counterSessions.bundleId))
    .where(eq(counterSessions.id, params.sessionId));
  return row ?? null;
}
