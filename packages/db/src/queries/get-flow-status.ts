import { and, asc, eq, gt, max, ne } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { bundles, draftPresence, flows, staff } from "../schema";

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

/** Records that this staff member has the flow's draft open now (one row per flow and person). */
export async function touchDraftPresence(
  db: DbOrTx,
  params: { flowId: string; staffId: string; now: Date },
): Promise<void> {
  await db
    .insert(draftPresence)
    .values({ flowId: params.flowId, staffId: params.staffId, seenAt: params.now })
    .onConflictDoUpdate({
      target: [draftPresence.flowId, draftPresence.staffId],
      set: { seenAt: params.now },
    });
}

/** The other staff members who had the flow's draft open since `since`, by name. */
export async function listDraftEditors(
  db: DbOrTx,
  params: { flowId: string; exceptStaffId: string; since: Date },
): Promise<{ name: string }[]> {
  return db
    .select({ name: staff.name })
    .from(draftPresence)
    .innerJoin(staff, eq(staff.id, draftPresence.staffId))
    .where(
      and(
        eq(draftPresence.flowId, params.flowId),
        ne(draftPresence.staffId, params.exceptStaffId),
        gt(draftPresence.seenAt, params.since),
      ),
    )
    .orderBy(asc(staff.name));
}
