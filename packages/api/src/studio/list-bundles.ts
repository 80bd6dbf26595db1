import { type Db, listBundleVersions } from "@kakanai/db";
import { findFlow } from "./find-flow";

export interface BundleListItem {
  seq: number;
  contentHash: string;
  publishedAt: Date;
  /** The publisher's display name (staff are not personal data of residents); null for the seed. */
  publishedBy: string | null;
}

export async function listBundles(
  db: Db,
  params: { flowId: string; municipalityId: string },
): Promise<BundleListItem[]> {
  const flow = await findFlow(db, params);
  return listBundleVersions(db, { flowId: flow.id });
}
