import { asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { flows } from "../schema";

/**
 * Every flow of a municipality by key, with its draft and its latest published seq and content hash
 * (null: never published), so the list can say whether the draft has unpublished changes.
 */
export async function listFlowSummaries(db: DbOrTx, params: { municipalityId: string }) {
  return db
    .select({
      id: flows.id,
      key: flows.key,
      title: flows.title,
      kind: flows.kind,
      draftVersion: flows.draftVersion,
      latestSeq: sql<number | null>`(select max(b.seq) from bundles b where b.flow_id = "flows"."id")`,
      latestHash: sql<
        string | null
      >`(select b.content_hash from bundles b where b.flow_id = "flows"."id" order by b.seq desc limit 1)`,
      latestDepartments: sql<unknown>`(select b.document->'departments' from bundles b where b.flow_id = "flows"."id" order by b.seq desc limit 1)`,
      draft: flows.draft,
    })
    .from(flows)
    .where(eq(flows.municipalityId, params.municipalityId))
    .orderBy(asc(flows.key));
}
