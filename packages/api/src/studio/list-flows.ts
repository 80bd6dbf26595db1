import { type Db, schema } from "@kakanai/db";
import { asc, eq, sql } from "drizzle-orm";

const { flows } = schema;

export interface FlowListItem {
  id: string;
  key: string;
  title: string;
  kind: string;
  draftVersion: number;
  latestSeq: number | null;
}

export async function listFlows(db: Db, params: { municipalityId: string }): Promise<FlowListItem[]> {
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
