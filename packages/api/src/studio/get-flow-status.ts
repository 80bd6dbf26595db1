import { type Db, listDraftEditors, getFlowStatus as readFlowStatus, touchDraftPresence } from "@kakanai/db";
import { notFound } from "../domain-error";

export interface FlowStatus {
  draftVersion: number;
  updatedAt: Date;
  /** Who saved the draft last (their name, for 「佐藤さんが 10:42 に保存しました」); null if the seed. */
  updatedByName: string | null;
  /** True when the last save was the caller's own (another tab of theirs is not "someone else"). */
  updatedByMe: boolean;
  latestSeq: number | null;
  /** Other staff with this draft open in the last minute (their editors poll every 15 s). */
  othersEditing: string[];
}

/** An editor polls every 15 s; one missed poll is not "gone". */
export const presenceWindowMs = 60_000;

/**
 * What an open editor polls to notice another admin's save or a new published version. The poll is
 * also the editor's heartbeat: it records that the caller has the draft open (an idempotent upsert,
 * so a retried read does no harm) and names the others who do.
 */
export async function getFlowStatus(
  db: Db,
  params: { flowId: string; municipalityId: string; userId: string; now?: Date },
): Promise<FlowStatus> {
  const row = await readFlowStatus(db, params);
  if (!row) throw notFound("フロー");
  const now = params.now ?? new Date();
  await touchDraftPresence(db, { flowId: params.flowId, staffId: params.userId, now });
  const others = await listDraftEditors(db, {
    flowId: params.flowId,
    exceptStaffId: params.userId,
    since: new Date(now.getTime() - presenceWindowMs),
  });
  return {
    draftVersion: row.draftVersion,
    updatedAt: row.updatedAt,
    updatedByName: row.updatedByName,
    updatedByMe: row.updatedById === params.userId,
    latestSeq: row.latestSeq,
    othersEditing: others.map((o) => o.name),
  };
}
