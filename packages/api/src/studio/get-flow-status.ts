import { type Db, getFlowStatus as readFlowStatus } from "@kakanai/db";
import { notFound } from "../domain-error";

export interface FlowStatus {
  draftVersion: number;
  updatedAt: Date;
  /** Who saved the draft last (their name, for 「佐藤さんが 10:42 に保存しました」); null if the seed. */
  updatedByName: string | null;
  /** True when the last save was the caller's own (another tab of theirs is not "someone else"). */
  updatedByMe: boolean;
  latestSeq: number | null;
}

/** What an open editor polls to notice another admin's save or a new published version. */
export async function getFlowStatus(
  db: Db,
  params: { flowId: string; municipalityId: string; userId: string },
): Promise<FlowStatus> {
  const row = await readFlowStatus(db, params);
  if (!row) throw notFound("フロー");
  return {
    draftVersion: row.draftVersion,
    updatedAt: row.updatedAt,
    updatedByName: row.updatedByName,
    updatedByMe: row.updatedById === params.userId,
    latestSeq: row.latestSeq,
  };
}
