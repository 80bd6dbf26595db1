import { type DbOrTx, listBundleDocuments } from "@kakanai/db";
import { diffBundles, parseBundle } from "@kakanai/engine";
import { verifiedBundle } from "../bundle-integrity";
import { notFound } from "../domain-error";
import { draftDocument } from "./draft-document";
import { findFlow } from "./find-flow";

export interface VersionDiff {
  /** The version compared against; null when there is none (v1, or a flow never published). */
  fromSeq: number | null;
  /** The version described; null for the draft. */
  toSeq: number | null;
  /** Japanese, one line per change (diffBundles): 「手続き P15（児童手当）: 条件を変更」. */
  changes: string[];
}

interface FlowParams {
  flowId: string;
  municipalityId: string;
}

/** What changed in version `seq` compared with the version before it. */
export async function diffVersions(db: DbOrTx, params: FlowParams & { seq: number }): Promise<VersionDiff> {
  const flow = await findFlow(db, params);
  const [current, previous] = await listBundleDocuments(db, {
    flowId: flow.id,
    upToSeq: params.seq,
    limit: 2,
  });
  if (!current || current.seq !== params.seq) throw notFound(`v${params.seq}`);
  if (!previous) return { fromSeq: null, toSeq: current.seq, changes: [] };
  return {
    fromSeq: previous.seq,
    toSeq: current.seq,
    changes: diffBundles(verifiedBundle(previous), verifiedBundle(current)),
  };
}

/** What publishing the saved draft now would change, compared with the latest published version. */
export async function diffDraft(db: DbOrTx, params: FlowParams): Promise<VersionDiff> {
  const flow = await findFlow(db, params);
  const [latest] = await listBundleDocuments(db, { flowId: flow.id, limit: 1 });
  // Parsed even without a published version, so an unpublishable draft says so here too.
  const draft = parseBundle(
    await draftDocument(db, { draft: flow.draft, municipalityId: params.municipalityId }),
  );
  if (!latest) return { fromSeq: null, toSeq: null, changes: [] };
  return { fromSeq: latest.seq, toSeq: null, changes: diffBundles(verifiedBundle(latest), draft) };
}
