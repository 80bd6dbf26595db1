import { type Db, updateFlowDraft } from "@kakanai/db";
import { DomainError } from "../domain-error";
import { checkOwnFlow } from "./edit-scope";
import { findFlow } from "./find-flow";
import type { FlowDraft } from "./flow-draft";

export const staleDraftMessage = "他の人がこのフローを更新しました。再読み込みしてから編集してください。";

export interface SaveFlowParams {
  flowId: string;
  municipalityId: string;
  expectedVersion: number;
  draft: FlowDraft;
  by: string;
  /** A department admin may only edit flows their department owns; null = any flow of the city. */
  ownDepartmentId: string | null;
}

/** Compare-and-set on draftVersion: a stale save is refused, never a silent overwrite. */
export async function saveFlow(db: Db, params: SaveFlowParams): Promise<{ draftVersion: number }> {
  const flow = await findFlow(db, params);
  checkOwnFlow(flow, params.ownDepartmentId);
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
