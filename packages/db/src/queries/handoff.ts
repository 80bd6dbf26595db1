import { and, asc, eq, gte, isNotNull, isNull, lt } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { bundles, counterSessions, integrationTokens } from "../schema";

export async function createIntegrationToken(
  db: DbOrTx,
  params: { municipalityId: string; name: string; tokenHash: string; createdBy: string },
) {
  const [row] = await db.insert(integrationTokens).values(params).returning({
    id: integrationTokens.id,
    name: integrationTokens.name,
    createdAt: integrationTokens.createdAt,
  });
  if (!row) throw new Error("integration token insert returned nothing");
  return row;
}

/** The city's tokens for the system admin: never the hash. */
export async function listIntegrationTokens(db: DbOrTx, params: { municipalityId: string }) {
  return db
    .select({
      id: integrationTokens.id,
      name: integrationTokens.name,
      createdAt: integrationTokens.createdAt,
      lastUsedAt: integrationTokens.lastUsedAt,
      revokedAt: integrationTokens.revokedAt,
    })
    .from(integrationTokens)
    .where(eq(integrationTokens.municipalityId, params.municipalityId))
    .orderBy(asc(integrationTokens.createdAt));
}

/** Revokes one of the city's tokens; null when there is no such (unrevoked) token. */
export async function revokeIntegrationToken(
  db: DbOrTx,
  params: { municipalityId: string; id: string; now: Date },
) {
  const [row] = await db
    .update(integrationTokens)
    .set({ revokedAt: params.now })
    .where(
      and(
        eq(integrationTokens.municipalityId, params.municipalityId),
        eq(integrationTokens.id, params.id),
        isNull(integrationTokens.revokedAt),
      ),
    )
    .returning({ id: integrationTokens.id, name: integrationTokens.name });
  return row ?? null;
}

/** A valid (unrevoked) token by its hash, marked used now; null otherwise. */
export async function useIntegrationToken(db: DbOrTx, params: { tokenHash: string; now: Date }) {
  const [row] = await db
    .update(integrationTokens)
    .set({ lastUsedAt: params.now })
    .where(and(eq(integrationTokens.tokenHash, params.tokenHash), isNull(integrationTokens.revokedAt)))
    .returning({
      id: integrationTokens.id,
      municipalityId: integrationTokens.municipalityId,
      name: integrationTokens.name,
    });
  return row ?? null;
}

/**
 * Completed, not yet purged receptions of a city completed in [from, until), oldest first, with their
 * bundle reference (the document comes from the api's bundle cache).
 */
export async function listCompletedReceptions(
  db: DbOrTx,
  params: { municipalityId: string; from: Date; until: Date; limit: number },
) {
  return db
    .select({
      id: counterSessions.id,
      receptionNumber: counterSessions.receptionNumber,
      receptionDate: counterSessions.receptionDate,
      completedAt: counterSessions.completedAt,
      answers: counterSessions.answers,
      bundle: { id: bundles.id, seq: bundles.seq, contentHash: bundles.contentHash },
    })
    .from(counterSessions)
    .innerJoin(bundles, eq(bundles.id, counterSessions.bundleId))
    .where(
      and(
        eq(counterSessions.municipalityId, params.municipalityId),
        eq(counterSessions.status, "completed"),
        isNotNull(counterSessions.completedAt),
        isNull(counterSessions.purgedAt),
        gte(counterSessions.completedAt, params.from),
        lt(counterSessions.completedAt, params.until),
      ),
    )
    .orderBy(asc(counterSessions.completedAt))
    .limit(params.limit);
}
