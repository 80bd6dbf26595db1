import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { bundles } from "../schema";

/** The bundle's id when it exists and belongs to this municipality; null otherwise. */
export async function findBundleId(
  db: DbOrTx,
  params: { bundleId: string; municipalityId: string },
): Promise<string | null> {
  const [row] = await db
    .select({ id: bundles.id })
    .from(bundles)
    .where(and(eq(bundles.id, params.bundleId), eq(bundles.municipalityId, params.municipalityId)));
  return row?.id ?? null;
}
