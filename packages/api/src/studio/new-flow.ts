import {
  createFlow,
  type Db,
  type DbOrTx,
  type FlowDraftDocument,
  insertAudit,
  listDepartments,
  listFlowSummaries,
} from "@kakanai/db";
import type { flowKind } from "@kakanai/engine";
import type { z } from "zod";
import { DomainError } from "../domain-error";
import { checkOwnFlow } from "./edit-scope";
import { findFlow } from "./find-flow";

export type FlowKind = z.infer<typeof flowKind>;

/** Who creates the flow and which department may be its owner (null: any, see editScope). */
export interface Creator {
  municipalityId: string;
  by: string;
  ownDepartmentId: string | null;
}

export interface CreatedFlow {
  id: string;
  key: string;
  title: string;
}

/** The draft of a flow made from scratch: one date question giving the reference date, nothing else. */
export function blankDraft(params: { key: string; kind: FlowKind; title: string }): FlowDraftDocument {
  return {
    flow: { key: params.key, kind: params.kind, title: params.title, referenceDate: { var: "baseDate" } },
    questions: [{ id: "q1", key: "baseDate", kind: "date", label: "届出の基準日", required: true }],
    computed: [],
    procedures: [],
    forms: [],
    tests: [],
  };
}

/** A new flow from scratch, owned by the given department; it opens in the editor as its first draft. */
export async function createNewFlow(
  db: Db,
  params: Creator & { title: string; kind: FlowKind; ownerDepartmentKey: string },
): Promise<CreatedFlow> {
  return db.transaction(async (tx) => {
    const owner = await ownerDepartment(tx, params, params.ownerDepartmentKey);
    const key = await freeFlowKey(tx, params.municipalityId, params.kind);
    return insertFlow(tx, params, {
      key,
      title: params.title,
      kind: params.kind,
      ownerDepartmentId: owner,
      draft: blankDraft({ key, kind: params.kind, title: params.title }),
      action: "flow.create",
    });
  });
}

/** A copy of a flow's saved draft as a new, unpublished flow (「…（コピー）」), owned like a new flow. */
export async function duplicateFlow(db: Db, params: Creator & { flowId: string }): Promise<CreatedFlow> {
  return db.transaction(async (tx) => {
    const source = await findFlow(tx, { flowId: params.flowId, municipalityId: params.municipalityId });
    // A department admin copies into their own department; others keep the source's owner.
    const owner = params.ownDepartmentId ?? source.ownerDepartmentId;
    const key = await freeFlowKey(tx, params.municipalityId, source.key);
    const title = `${source.title}（コピー）`;
    const draft: FlowDraftDocument = { ...source.draft, flow: { ...source.draft.flow, key, title } };
    return insertFlow(tx, params, {
      key,
      title,
      kind: source.kind,
      ownerDepartmentId: owner,
      draft,
      action: "flow.duplicate",
      detail: { from: source.id },
    });
  });
}

/** The owner for a new flow: a department of this city, and the creator's own unless they may edit any. */
export async function ownerDepartment(db: DbOrTx, creator: Creator, key: string): Promise<string> {
  const departments = await listDepartments(db, { municipalityId: creator.municipalityId });
  const department = departments.find((d) => d.key === key);
  if (!department)
    throw new DomainError("BAD_REQUEST", `担当課「${key}」が見つかりません。一覧から選んでください。`);
  checkOwnFlow({ ownerDepartmentId: department.id }, creator.ownDepartmentId);
  return department.id;
}

/** `base`, or `base-2`, `base-3`… : the first key no flow of the city has. */
export async function freeFlowKey(db: DbOrTx, municipalityId: string, base: string): Promise<string> {
  const taken = new Set((await listFlowSummaries(db, { municipalityId })).map((f) => f.key));
  const stem = base.replace(/-\d+$/, "") || "flow";
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

export async function insertFlow(
  db: DbOrTx,
  creator: Creator,
  flow: {
    key: string;
    title: string;
    kind: string;
    ownerDepartmentId: string | null;
    draft: FlowDraftDocument;
    action: string;
    detail?: Record<string, unknown>;
  },
): Promise<CreatedFlow> {
  const row = await createFlow(db, {
    municipalityId: creator.municipalityId,
    key: flow.key,
    title: flow.title,
    kind: flow.kind,
    ownerDepartmentId: flow.ownerDepartmentId,
    draft: flow.draft,
  });
  await insertAudit(db, {
    municipalityId: creator.municipalityId,
    staffId: creator.by,
    action: flow.action,
    target: row.id,
    detail: { key: row.key, ...flow.detail },
  });
  return { id: row.id, key: row.key, title: row.title };
}
