import {
  createBundle,
  type DbOrTx,
  type FlowDraftDocument,
  findFlowMunicipalityId,
  insertAudit,
} from "@kakanai/db";
import { bundleContentHash } from "../bundle-integrity";
import { DomainError, type DomainIssue } from "../domain-error";
import { draftDocument } from "./draft-document";
import { findFlow } from "./find-flow";
import { staleDraftMessage } from "./save-flow";
import { checkBasePdfs, validateBundle } from "./validate-bundle";

export interface PublishFlowParams {
  flowId: string;
  /** Staff id of the publisher (recorded on the bundle and in the audit log); null for the seed. */
  by: string | null;
  /** Scope to this municipality; omitted by trusted callers such as the seed. */
  municipalityId?: string;
  /** The draftVersion the publisher reviewed; a newer draft refuses the publish. */
  expectedVersion?: number;
}

export interface PublishFlowResult {
  bundleId: string;
  seq: number;
  contentHash: string;
  publishedAt: Date;
  warnings: DomainIssue[];
}

/**
 * Freezes the draft into the next bundle: `{ schemaVersion: 1, ...draft, departments }`, validated,
 * hashed over canonical JSON. The flow row is locked so seq is max+1 without gaps or races; the
 * unique (flow_id, seq) constraint is the last guard.
 */
export async function publishFlow(db: DbOrTx, params: PublishFlowParams): Promise<PublishFlowResult> {
  return db.transaction(async (tx) => {
    const municipalityId = params.municipalityId ?? (await flowMunicipality(tx, params.flowId));
    const flow = await findFlow(tx, { flowId: params.flowId, municipalityId, forUpdate: true });
    if (params.expectedVersion !== undefined && params.expectedVersion !== flow.draftVersion) {
      throw new DomainError("CONFLICT", staleDraftMessage);
    }
    const { bundle, warnings } = await checkPublishable(tx, { draft: flow.draft, municipalityId });
    const contentHash = bundleContentHash(bundle);
    const row = await createBundle(tx, {
      municipalityId,
      flowId: flow.id,
      contentHash,
      document: bundle,
      publishedBy: params.by,
    });
    await insertAudit(tx, {
      municipalityId,
      staffId: params.by,
      action: "flow.publish",
      target: row.id,
      detail: { flowId: flow.id, seq: row.seq, contentHash },
    });
    return { bundleId: row.id, seq: row.seq, contentHash, publishedAt: row.publishedAt, warnings };
  });
}

/**
 * What publishing checks of a draft (schema, lint errors, the flow's tests, base PDFs of this city),
 * refusing with every problem listed; a submission for review is checked the same way.
 */
export async function checkPublishable(
  db: DbOrTx,
  params: { draft: FlowDraftDocument; municipalityId: string },
) {
  const document = await draftDocument(db, params);
  const { bundle, warnings } = validateBundle(document);
  await checkBasePdfs(db, { bundle, municipalityId: params.municipalityId });
  return { bundle, warnings };
}

async function flowMunicipality(db: DbOrTx, flowId: string) {
  const municipalityId = await findFlowMunicipalityId(db, { flowId });
  if (municipalityId === null) throw new DomainError("NOT_FOUND", "フローが見つかりません。");
  return municipalityId;
}
