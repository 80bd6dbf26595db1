import { type Db, schema } from "@kakanai/db";
import { desc, eq } from "drizzle-orm";
import { findFlow } from "./find-flow";

const { bundles, staff } = schema;

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
  return db
    .select({
      seq: bundles.seq,
      contentHash: bundles.contentHash,
      publishedAt: bundles.publishedAt,
      publishedBy: staff.name,
    })
    .from(bundles)
    .leftJoin(staff, eq(staff.id, bundles.publishedBy))
    .where(eq(bundles.flowId, flow.id))
    .orderBy(desc(bundles.seq));
}
