import { type Db, updateFlowDraft } from "@kakanai/db";
import { DomainError } from "../domain-error";
import { checkOwnParts } from "./edit-scope";
import { findFlow } from "./find-flow";
import type { FlowDraft } from "./flow-draft";

export const staleDraftMessage = "他の人がこのフローを更新しました。再読み込みしてから編集してください。";

export interface SaveFlowParams {
  flowId: string;
  municipalityId: string;
  expectedVersion: number;
  draft: FlowDraft;
  by: string;
  /**
   * A department admin changes their department's flows, and only their department's parts of
   * another department's flow (checkOwnParts); null = any flow of the city.
   */
  ownDepartmentId: string | null;
}

/** Compare-and-set on draftVersion: a stale save is refused, never a silent overwrite. */
export async function saveFlow(db: Db, params: SaveFlowParams): Promise<{ draftVersion: number }> {
  const flow = await findFlow(db, params);
  // A stale save is a conflict first: compared with someone else's newer draft, their changes
  // would read as this admin's.
  if (flow.draftVersion !== params.expectedVersion) throw new DomainError("CONFLICT", staleDraftMessage);
  await checkOwnParts(db, { flow, next: params.draft, ownDepartmentId: params.ownDepartmentId });
  const row = await updateFlowDraft(db, {
    flowId: flow.id,
    expectedVersion: params.expectedVersion,
    draft: params.draft,
    title: params.draft.flow.title,
    kind: params.draft.flow.kind,
    by: params.by,
  });
  if (!row) throw new DomainError("CONFLICT", staleDraftMessage);
  return row;
}
