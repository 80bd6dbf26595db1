import { type Db, schema } from "@kakanai/db";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Role } from "../roles";

const { bundles, flows } = schema;

export interface PublishedFlowItem {
  flowId: string;
  key: string;
  title: string;
  kind: string;
  bundleId: string;
  seq: number;
}

/** The latest bundle of every published flow. The おくやみ desk alone sees only おくやみ flows. */
export async function listPublishedFlows(
  db: Db,
  params: { municipalityId: string; roles: readonly Role[] },
): Promise<PublishedFlowItem[]> {
  const onlyOkuyami = !params.roles.includes("counter_clerk") && !params.roles.includes("system_admin");
  return db
    .select({
      flowId: flows.id,
      key: flows.key,
      title: sql<string>`${bundles.document}->'flow'->>'title'`,
      kind: flows.kind,
      bundleId: bundles.id,
      seq: bundles.seq,
    })
    .from(bundles)
    .innerJoin(flows, eq(flows.id, bundles.flowId))
    .where(
      and(
        eq(bundles.municipalityId, params.municipalityId),
        sql`${bundles.seq} = (select max(b2.seq) from bundles b2 where b2.flow_id = "bundles"."flow_id")`,
        onlyOkuyami ? eq(flows.kind, "okuyami") : undefined,
      ),
    )
    .orderBy(asc(flows.key));
}
