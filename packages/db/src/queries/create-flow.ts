import type { DbOrTx } from "../client";
import { type FlowDraftDocument, flows } from "../schema";

export interface CreateFlowParams {
  municipalityId: string;
  key: string;
  title: string;
  kind: string;
  ownerDepartmentId?: string | null;
  /** The bundle document without schemaVersion and departments. */
  draft: FlowDraftDocument;
}

export async function createFlow(db: DbOrTx, params: CreateFlowParams) {
  const [row] = await db
    .insert(flows)
    .values({ ...params, ownerDepartmentId: params.ownerDepartmentId ?? null })
    .returning();
  if (!row) throw new Error("flow insert returned no row");
  return row;
}
