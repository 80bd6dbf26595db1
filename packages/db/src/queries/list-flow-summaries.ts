import { asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { flows } from "../schema";

/** Every flow of a municipality by key, without drafts, with its latest published seq (null: never). */
export async function listFlowSummaries(db: DbOrTx, params: { municipalityId: string }) {
  return db
    .select({
      id: flows.id,
      key: flows.key,
      title: flows.title,
      kind: flows.kind,
      draftVersion: flows.draftVersion,
      latestSeq: sql<number | null>`(select max(b.seq) from bundles b where b.flow_id = "flows"."id")`,
    })
    .from(flows)
    .where(eq(flows.municipalityId, params.municipalityId))
    .orderBy(asc(flows.key));
}
