import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { type Bundle, bundles } from "../schema";

export interface CreateBundleParams {
  municipalityId: string;
  flowId: string;
  contentHash: string;
  /** Validated by the caller; stored as is and never updated. */
  document: Bundle;
  publishedBy: string | null;
}

/**
 * Inserts the flow's next bundle: seq is the flow's highest + 1 (1 for the first). Call it in a
 * transaction that holds the flow row locked (findFlowRow with forUpdate) so seqs have no gaps or
 * races; the unique (flow_id, seq) constraint is the last guard.
 */
export async function createBundle(db: DbOrTx, params: CreateBundleParams) {
  const [last] = await db
    .select({ seq: sql<number>`coalesce(max(${bundles.seq}), 0)::int` })
    .from(bundles)
    .where(eq(bundles.flowId, params.flowId));
  const [row] = await db
    .insert(bundles)
    .values({
      municipalityId: params.municipalityId,
      flowId: params.flowId,
      seq: (last?.seq ?? 0) + 1,
      contentHash: params.contentHash,
      document: params.document,
      publishedBy: params.publishedBy,
    })
    .returning();
  if (!row) throw new Error("bundle insert returned no row");
  return row;
}
