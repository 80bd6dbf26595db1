import { and, eq, max } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { bundles, flows, staff } from "../schema";

export interface FlowStatusRow {
  draftVersion: number;
  updatedAt: Date;
  updatedById: string | null;
  updatedByName: string | null;
  latestSeq: number | null;
}

/**
 * The few facts an open editor polls to notice another admin: the draft's version, who saved it
 * when, and the newest published version. No draft document: it is polled every few seconds.
 */
export async function getFlowStatus(
  db: DbOrTx,
  params: { flowId: string; municipalityId: string },
): Promise<FlowStatusRow | null> {
  const [row] = await db
    .select({
      draftVersion: flows.draftVersion,
      updatedAt: flows.updatedAt,
      updatedById: flows.updatedBy,
      updatedByName: staff.name,
    })
    .from(flows)
    .leftJoin(staff, eq(staff.id, flows.updatedBy))
    .where(and(eq(flows.id, params.flowId), eq(flows.municipalityId, params.municipalityId)))
    .limit(1);
  if (!row) return null;
  const [latest] = await db
    .select({ seq: max(bundles.seq) })
    .from(bundles)
    .where(eq(bundles.flowId, params.flowId));
  return { ...row, latestSeq: latest?.seq ?? null };
}
