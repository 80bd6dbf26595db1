import { eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { bundles } from "../schema";

/** A published bundle's document with the hash and seq it was published under; null when absent. */
export async function getBundleDocument(
  db: DbOrTx,
  params: { bundleId: string },
): Promise<{ id: string; seq: number; contentHash: string; document: unknown } | null> {
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
