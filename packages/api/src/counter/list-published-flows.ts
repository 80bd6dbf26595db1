import { type Db, listLatestBundles } from "@kakanai/db";
import type { Role } from "../roles";
import { mayRunFlowKind } from "./flow-kind-access";

export interface PublishedFlowItem {
  flowId: string;
  key: string;
  title: string;
  kind: string;
  bundleId: string;
  seq: number;
}

/**
 * The latest bundle of every published flow the clerk may run: the おくやみ desk only おくやみ flows,
 * the ordinary counter all others (flow-kind-access.ts).
 */
export async function listPublishedFlows(
  db: Db,
  params: { municipalityId: string; roles: readonly Role[] },
): Promise<PublishedFlowItem[]> {
  const all = await listLatestBundles(db, { municipalityId: params.municipalityId });
  return all.filter((f) => mayRunFlowKind(params.roles, f.kind));
}
