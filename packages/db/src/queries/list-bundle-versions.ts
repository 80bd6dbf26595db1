import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { bundles, staff } from "../schema";

/** A flow's published versions, newest first, with the publisher's name (null for the seed). */
export async function listBundleVersions(db: DbOrTx, params: { flowId: string }) {
  return db
    .select({
      seq: bundles.seq,
      contentHash: bundles.contentHash,
      publishedAt: bundles.publishedAt,
      publishedBy: staff.name,
    })
    .from(bundles)
    .leftJoin(staff, eq(staff.id, bundles.publishedBy))
    .where(eq(bundles.flowId, params.flowId))
    .orderBy(desc(bundles.seq));
}
