import { type DbOrTx, schema } from "@kakanai/db";
import { diffBundles, parseBundle } from "@kakanai/engine";
import { and, desc, eq, lte } from "drizzle-orm";
import { notFound } from "../domain-error";
import { draftDocument } from "./draft-document";
import { findFlow } from "./find-flow";

const { bundles } = schema;

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
  const [current, previous] = await db
    .select({ seq: bundles.seq, document: bundles.document })
    .from(bundles)
    .where(and(eq(bundles.flowId, flow.id), lte(bundles.seq, params.seq)))
    .orderBy(desc(bundles.seq))
    .limit(2);
  if (!current || current.seq !== params.seq) throw notFound(`v${params.seq}`);
  if (!previous) return { fromSeq: null, toSeq: current.seq, changes: [] };
  return {
    fromSeq: previous.seq,
    toSeq: current.seq,
    changes: diffBundles(parseBundle(previous.document), parseBundle(current.document)),
  };
}

/** What publishing the saved draft now would change, compared with the latest published version. */
export async function diffDraft(db: DbOrTx, params: FlowParams): Promise<VersionDiff> {
  const flow = await findFlow(db, params);
  const [latest] = await db
    .select({ seq: bundles.seq, document: bundles.document })
    .from(bundles)
    .where(eq(bundles.flowId, flow.id))
    .orderBy(desc(bundles.seq))
    .limit(1);
  // Parsed even without a published version, so an unpublishable draft says so here too.
  const draft = parseBundle(
    await draftDocument(db, { draft: flow.draft, municipalityId: params.municipalityId }),
  );
  if (!latest) return { fromSeq: null, toSeq: null, changes: [] };
  return { fromSeq: latest.seq, toSeq: null, changes: diffBundles(parseBundle(latest.document), draft) };
}
