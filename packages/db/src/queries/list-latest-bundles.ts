import { and, asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { bundles, flows } from "../schema";

/**
 * The latest bundle of every published flow of a municipality (optionally only flows of one kind),
 * by flow key, with the title it was published under.
 */
export async function listLatestBundles(db: DbOrTx, params: { municipalityId: string; kind?: string }) {
  return db
    .select({
      flowId: flows.id,
      key: flows.key,
      title: sql<string>`${bundles.document}->'flow'->>'title'`,
      kind: flows.kind,
      bundleId: bundles.id,
      seq: bundles.seq,
      contentHash: bundles.contentHash,
    })
    .from(bundles)
    .innerJoin(flows, eq(flows.id, bundles.flowId))
    .where(
      and(
        eq(bundles.municipalityId, params.municipalityId),
        sql`${bundles.seq} = (select max(b2.seq) from bundles b2 where b2.flow_id = "bundles"."flow_id")`,
        params.kind !== undefined ? eq(flows.kind, params.kind) : undefined,
      ),
    )
    .orderBy(asc(flows.key));
}
