import { type Db, listFlowSummaries } from "@kakanai/db";
import { parseBundle } from "@kakanai/engine";
import { bundleHash } from "./bundle-hash";
import { draftDocument } from "./draft-document";

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
 * fingerprint it: a draft saved and then put back as it was has none.
 */
export async function listFlows(db: Db, params: { municipalityId: string }): Promise<FlowListItem[]> {
  const rows = await listFlowSummaries(db, params);
  return Promise.all(
    rows.map(async ({ draft, latestHash, ...row }) => ({
      ...row,
      unpublishedChanges:
        latestHash === null ||
        (await draftHash(db, draft, params.municipalityId).catch(() => null)) !== latestHash,
    })),
  );
}

async function draftHash(
  db: Db,
  draft: Parameters<typeof draftDocument>[1]["draft"],
  municipalityId: string,
) {
  return bundleHash(parseBundle(await draftDocument(db, { draft, municipalityId })));
}
