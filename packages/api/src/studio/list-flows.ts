import { type Db, listFlowSummaries } from "@kakanai/db";

export interface FlowListItem {
  id: string;
  key: string;
  title: string;
  kind: string;
  draftVersion: number;
  latestSeq: number | null;
}

export async function listFlows(db: Db, params: { municipalityId: string }): Promise<FlowListItem[]> {
  return listFlowSummaries(db, params);
}
