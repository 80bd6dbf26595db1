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
    await insertAudit(tx, {
      municipalityId: user.municipalityId,
      staffId: user.id,
      action: "flow.submit",
      target: row.id,
      detail: { flowId: flow.id, draftVersion: flow.draftVersion },
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
    await decidePublishRequest(tx, {
      requestId: request.id,
      status: "approved",
      by: user.id,
      comment: params.comment || null,
      bundleId: published.bundleId,
    });
    await insertAudit(tx, {
      municipalityId: user.municipalityId,
      staffId: user.id,
      action: "flow.approve",
      target: request.id,
      detail: { flowId: flow.id, draftVersion: request.draftVersion, seq: published.seq },
    });
    return published;
  });
}

export async function returnPublishRequest(db: Db, params: Scope & { requestId: string; comment: string }) {
  const { user } = params;
  return db.transaction(async (tx) => {
    const request = await openRequest(tx, params.requestId, user);
    await decidePublishRequest(tx, {
      requestId: request.id,
      status: "returned",
      by: user.id,
      comment: params.comment,
    });
    await insertAudit(tx, {
      municipalityId: user.municipalityId,
      staffId: user.id,
      action: "flow.return",
      target: request.id,
      detail: { flowId: request.flowId, draftVersion: request.draftVersion },
    });
  });
}

export async function withdrawPublishRequest(db: Db, params: Scope & { requestId: string }) {
  const { user } = params;
  return db.transaction(async (tx) => {
    const request = await openRequest(tx, params.requestId, user);
    if (request.submittedBy !== user.id)
      throw new DomainError("FORBIDDEN", "申請を取り下げられるのは提出した本人だけです。");
    await decidePublishRequest(tx, {
      requestId: request.id,
      status: "withdrawn",
      by: user.id,
      comment: null,
    });
    await insertAudit(tx, {
      municipalityId: user.municipalityId,
      staffId: user.id,
      action: "flow.withdraw",
      target: request.id,
      detail: { flowId: request.flowId, draftVersion: request.draftVersion },
    });
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
