import { type Db, listLatestBundles } from "@kakanai/db";
import type { Role } from "../roles";

export interface PublishedFlowItem {
  flowId: string;
  key: string;
  title: string;
  kind: string;
  bundleId: string;
  seq: number;
}

/** The latest bundle of every published flow. The おくやみ desk alone sees only おくやみ flows. */
export async function listPublishedFlows(
  db: Db,
  params: { municipalityId: string; roles: readonly Role[] },
): Promise<PublishedFlowItem[]> {
  const onlyOkuyami = !params.roles.includes("counter_clerk") && !params.roles.includes("system_admin");
  return listLatestBundles(db, {
    municipalityId: params.municipalityId,
    kind: onlyOkuyami ? "okuyami" : undefined,
  });
}
