import { type Db, listFlowSummaries } from "@kakanai/db";
import { parseBundle } from "@kakanai/engine";
import { bundleContentHash } from "../bundle-integrity";

export interface FlowListItem {
  id: string;
  key: string;
  title: string;
  kind: string;
  draftVersion: number;
  latestSeq: number | null;
  /** The saved draft differs from the latest published version (true when never published). */
  unpublishedChanges: boolean;
}

/**
 * The flow list. Whether a draft has unpublished changes is decided by content, as publishing would
 * fingerprint it, with the departments the latest version was published with: a draft saved and then
 * put back as it was has none, and neither has one whose city merely gained a department since.
 */
export async function listFlows(db: Db, params: { municipalityId: string }): Promise<FlowListItem[]> {
  const rows = await listFlowSummaries(db, params);
  return rows.map(({ draft, latestHash, latestDepartments, ...row }) => ({
    ...row,
    unpublishedChanges: latestHash === null || publishedHash(draft, latestDepartments) !== latestHash,
  }));
}

function publishedHash(draft: object, departments: unknown): string | null {
  try {
    return bundleContentHash(parseBundle({ ...draft, schemaVersion: 1, departments }));
  } catch {
    return null;
  }
}
