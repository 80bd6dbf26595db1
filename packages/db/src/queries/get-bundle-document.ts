import { eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { type Bundle, bundles } from "../schema";

/**
 * A published bundle's document with the hash and seq it was published under; null when absent. The
 * document is as it was published: read it through the engine's parseBundle (older schema versions).
 */
export async function getBundleDocument(
  db: DbOrTx,
  params: { bundleId: string },
): Promise<{ id: string; seq: number; contentHash: string; document: Bundle } | null> {
  const [row] = await db
    .select({
      id: bundles.id,
      seq: bundles.seq,
      contentHash: bundles.contentHash,
      document: bundles.document,
    })
    .from(bundles)
    .where(eq(bundles.id, params.bundleId))
    .limit(1);
  return row ?? null;
}
