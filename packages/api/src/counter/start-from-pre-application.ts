import {
  type Db,
  findBundleId,
  findPreApplicationForUpdate,
  insertAudit,
  markPreApplicationUsed,
} from "@kakanai/db";
import { normalizePreApplicationInput, preApplicationCodeBody, validateStoredAnswers } from "@kakanai/engine";
import type { AuthUser } from "../auth-user";
import { DomainError } from "../domain-error";
import { cachedBundle } from "./bundle-cache";
import { startSessionIn } from "./start-session";

export const preApplicationMessages = {
  malformed: "事前申請の番号として読み取れませんでした。9文字の番号（例: ABC-DEF-GH7）を確かめてください。",
  unknown:
    "この番号の事前申請は見つかりません。番号を確かめてください（有効期限を過ぎたものは削除されています）。",
  used: "この事前申請はすでに窓口で読み込まれています。途中の受付から続けてください。",
  expired: "この事前申請は有効期限を過ぎています。窓口で最初から伺ってください。",
  outdated: "この事前申請の回答が、フローの質問と合いません。窓口で最初から伺ってください。",
} as const;

/**
 * The clerk read a resident's code: in one transaction the pre-application is locked and checked,
 * a counter session of its flow (the bundle the resident answered) starts with the resident's
 * answers, the pre-application is marked used (its answers emptied: they live in the session now),
 * and the read is an audit row. The interview then asks what is left: the staff's questions.
 */
export async function startFromPreApplication(
  db: Db,
  params: { code: string; user: AuthUser; now?: Date },
): Promise<{ sessionId: string }> {
  const now = params.now ?? new Date();
  const { user } = params;
  const code = preApplicationCodeBody(normalizePreApplicationInput(params.code));
  if (!code) throw new DomainError("BAD_REQUEST", preApplicationMessages.malformed);
  return db.transaction(async (tx) => {
    const row = await findPreApplicationForUpdate(tx, { code, municipalityId: user.municipalityId });
    if (!row) throw new DomainError("NOT_FOUND", preApplicationMessages.unknown);
    if (row.usedAt) throw new DomainError("CONFLICT", preApplicationMessages.used);
    if (row.expiresAt.getTime() <= now.getTime())
      throw new DomainError("BAD_REQUEST", preApplicationMessages.expired);
    const ref = await findBundleId(tx, { bundleId: row.bundleId, municipalityId: user.municipalityId });
    if (!ref) throw new DomainError("NOT_FOUND", preApplicationMessages.unknown);
    const bundle = await cachedBundle(tx, { id: ref.id, contentHash: ref.contentHash });
    if (validateStoredAnswers(bundle, row.answers).length > 0)
      throw new DomainError("BAD_REQUEST", preApplicationMessages.outdated);
    const started = await startSessionIn(tx, {
      bundleId: row.bundleId,
      municipalityId: user.municipalityId,
      by: user.id,
      roles: user.roles,
      now,
      answers: row.answers,
    });
    await markPreApplicationUsed(tx, { code, now });
    await insertAudit(tx, {
      municipalityId: user.municipalityId,
      staffId: user.id,
      action: "preapplication.read",
      target: started.sessionId,
      detail: { bundleId: row.bundleId },
    });
    return started;
  });
}
