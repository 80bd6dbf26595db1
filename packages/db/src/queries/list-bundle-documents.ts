import { and, desc, eq, lte } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { bundles } from "../schema";

export interface ListBundleDocumentsParams {
  flowId: string;
  /** Only versions up to this seq (inclusive); all when omitted. */
  upToSeq?: number;
  /** How many, newest first. */
  limit: number;
}

/** A flow's latest published documents (with their seq and content hash), newest first. */
export async function listBundleDocuments(db: DbOrTx, params: ListBundleDocumentsParams) {
  return db
    .select({ seq: bundles.seq, contentHash: bundles.contentHash, document: bundles.document })
    .from(bundles)
    .where(
      params.upToSeq === undefined
        ? eq(bundles.flowId, params.flowId)
        : and(eq(bundles.flowId, params.flowId), lte(bundles.seq, params.upToSeq)),
    )
    .orderBy(desc(bundles.seq))
    .limit(params.limit);
}
