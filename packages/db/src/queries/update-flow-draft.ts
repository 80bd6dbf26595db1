import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { type FlowDraftDocument, flows } from "../schema";

export interface UpdateFlowDraftParams {
  flowId: string;
  /** The draftVersion the editor started from: the row is written only while it is still current. */
  expectedVersion: number;
  draft: FlowDraftDocument;
  title: string;
  kind: string;
  by: string;
  now?: Date;
}

/**
 * Compare-and-set on draftVersion: stores the draft (with its title and kind) and bumps the version.
 * Null when the flow is not at `expectedVersion` any more (someone saved meanwhile) or is absent.
 */
export async function updateFlowDraft(
  db: DbOrTx,
  params: UpdateFlowDraftParams,
): Promise<{ draftVersion: number } | null> {
  const [row] = await db
    .update(flows)
    .set({
      draft: params.draft,
      title: params.title,
      kind: params.kind,
      draftVersion: sql`${flows.draftVersion} + 1`,
      updatedAt: params.now ?? new Date(),
      updatedBy: params.by,
    })
    .where(and(eq(flows.id, params.flowId), eq(flows.draftVersion, params.expectedVersion)))
    .returning({ draftVersion: flows.draftVersion });
  return row ?? null;
}
