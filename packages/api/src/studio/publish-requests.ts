import {
  type Db,
  type DbOrTx,
  decidePublishRequest,
  findPublishRequest,
  insertAudit,
  insertPublishRequest,
  listPublishRequests,
} from "@kakanai/db";
import type { AuthUser } from "../auth-user";
import { DomainError, notFound } from "../domain-error";
import { findFlow } from "./find-flow";
import { checkPublishable, publishFlow } from "./publish-flow";
import { staleDraftMessage } from "./save-flow";

/**
 * Publish approval (issue 10): a department admin submits a saved draft version for review; a
 * publisher (not the submitter: four eyes) approves it, which publishes exactly that version, or
 * returns it with a comment; the submitter may withdraw it. Each step writes an audit row.
 */

export const changedSinceSubmitMessage =
  "提出後に下書きが変更されました。申請者に確認し、差し戻すか、改めて申請してもらってください。";
export const ownRequestMessage =
  "自分が提出した申請は承認できません。別の公開担当者に承認を依頼してください。";
export const openRequestMessage =
  "このフローには審査待ちの申請があります。取り下げてから申請し直してください。";
const closedMessage = "この申請はすでに審査が終わっているか、取り下げられています。";

const requestNotFound = () => notFound("公開の申請");

interface Scope {
  user: AuthUser;
}

export async function submitPublishRequest(
  db: Db,
  params: Scope & { flowId: string; expectedVersion: number; comment: string },
) {
  const { user } = params;
  return db.transaction(async (tx) => {
    const flow = await findFlow(tx, { flowId: params.flowId, municipalityId: user.municipalityId });
    if (flow.draftVersion !== params.expectedVersion) throw new DomainError("CONFLICT", staleDraftMessage);
    // The same checks publishing runs: a draft that could not be published is not submitted.
    await checkPublishable(tx, { draft: flow.draft, municipalityId: user.municipalityId });
    const row = await insertPublishRequest(tx, {
      municipalityId: user.municipalityId,
      flowId: flow.id,
      draftVersion: flow.draftVersion,
      submittedBy: user.id,
      comment: params.comment,
    });
    if (!row) throw new DomainError("CONFLICT", openRequestMessage);
    await auditStep(tx, user, "flow.submit", {
      id: row.id,
      flowId: flow.id,
      draftVersion: flow.draftVersion,
    });
    return { requestId: row.id, draftVersion: flow.draftVersion, submittedAt: row.submittedAt };
  });
}

/** An open request of the caller's city, locked for the decision; refused when already closed. */
async function openRequest(tx: DbOrTx, requestId: string, user: AuthUser) {
  const request = await findPublishRequest(tx, {
    requestId,
    municipalityId: user.municipalityId,
    forUpdate: true,
  });
  if (!request) throw requestNotFound();
  if (request.status !== "submitted") throw new DomainError("CONFLICT", closedMessage);
  return request;
}

/** The audit row of one step: the request's id as target, its flow and draft version as detail. */
async function auditStep(
  tx: DbOrTx,
  user: AuthUser,
  action: string,
  request: { id: string; flowId: string; draftVersion: number },
  extra: Record<string, unknown> = {},
) {
  await insertAudit(tx, {
    municipalityId: user.municipalityId,
    staffId: user.id,
    action,
    target: request.id,
    detail: { flowId: request.flowId, draftVersion: request.draftVersion, ...extra },
  });
}

const decisionActions = {
  approved: "flow.approve",
  returned: "flow.return",
  withdrawn: "flow.withdraw",
} as const;

/** Closes the open request with this outcome and writes its audit row. */
async function decide(
  tx: DbOrTx,
  user: AuthUser,
  request: { id: string; flowId: string; draftVersion: number },
  outcome: { status: keyof typeof decisionActions; comment: string | null; bundleId?: string; seq?: number },
) {
  await decidePublishRequest(tx, {
    requestId: request.id,
    status: outcome.status,
    by: user.id,
    comment: outcome.comment,
    bundleId: outcome.bundleId,
  });
  await auditStep(
    tx,
    user,
    decisionActions[outcome.status],
    request,
    outcome.seq ? { seq: outcome.seq } : {},
  );
}

export async function approvePublishRequest(db: Db, params: Scope & { requestId: string; comment: string }) {
  const { user } = params;
  return db.transaction(async (tx) => {
    const request = await openRequest(tx, params.requestId, user);
    if (request.submittedBy === user.id) throw new DomainError("FORBIDDEN", ownRequestMessage);
    const flow = await findFlow(tx, {
      flowId: request.flowId,
      municipalityId: user.municipalityId,
      forUpdate: true,
    });
    if (flow.draftVersion !== request.draftVersion)
      throw new DomainError("CONFLICT", changedSinceSubmitMessage);
    const published = await publishFlow(tx, {
      flowId: flow.id,
      by: user.id,
      municipalityId: user.municipalityId,
      expectedVersion: request.draftVersion,
    });
    await decide(tx, user, request, {
      status: "approved",
      comment: params.comment || null,
      bundleId: published.bundleId,
      seq: published.seq,
    });
    return published;
  });
}

export async function returnPublishRequest(db: Db, params: Scope & { requestId: string; comment: string }) {
  const { user } = params;
  return db.transaction(async (tx) => {
    const request = await openRequest(tx, params.requestId, user);
    await decide(tx, user, request, { status: "returned", comment: params.comment });
  });
}

export async function withdrawPublishRequest(db: Db, params: Scope & { requestId: string }) {
  const { user } = params;
  return db.transaction(async (tx) => {
    const request = await openRequest(tx, params.requestId, user);
    if (request.submittedBy !== user.id)
      throw new DomainError("FORBIDDEN", "申請を取り下げられるのは提出した本人だけです。");
    await decide(tx, user, request, { status: "withdrawn", comment: null });
  });
}

/** The open requests of the caller's city, for publishers' review list. */
export const listOpenPublishRequests = (db: Db, user: AuthUser) =>
  listPublishRequests(db, { municipalityId: user.municipalityId, status: "submitted" });

/** A flow's latest request (open or decided), for the editor's publish area; null when none. */
export async function latestPublishRequest(db: Db, params: Scope & { flowId: string }) {
  const [row] = await listPublishRequests(db, {
    municipalityId: params.user.municipalityId,
    flowId: params.flowId,
    limit: 1,
  });
  return row ?? null;
}
