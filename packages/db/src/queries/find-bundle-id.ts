import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { bundles } from "../schema";

/**
 * The bundle's id and its flow's kind (as published in the bundle) when it exists and belongs to
 * this municipality; null otherwise.
 */
export async function findBundleId(
  db: DbOrTx,
  params: { bundleId: string; municipalityId: string },
): Promise<{ id: string; flowKind: string; contentHash: string } | null> {
  const [row] = await db
    .select({
      id: bundles.id,
      flowKind: sql<string>`${bundles.document}->'flow'->>'kind'`,
      contentHash: bundles.contentHash,
    })
    .from(bundles)
    .where(and(eq(bundles.id, params.bundleId), eq(bundles.municipalityId, params.municipalityId)));
  return row ?? null;
}
