import { type Db, findQrSecret, findSlipOwner } from "@kakanai/db";
import type { AuthUser } from "../auth-user";
import { DomainError } from "../domain-error";
import { parseSlipCode, verifySlipCode } from "../qr-token";

export const slipMessages = {
  malformed: "手続き案内票のQRコードとして読み取れませんでした。もう一度読み取ってください。",
  forged: "QRコードが正しくありません。改ざんされたか、正しく読み取れていない可能性があります。",
  expired: "この手続き案内票は有効期限が切れています。最初の窓口で案内票を再発行してください。",
  unknown: "この手続き案内票の受付は見つかりません。保存期間を過ぎて削除された可能性があります。",
  otherCity: "この手続き案内票は他の自治体で発行されたものです。",
} as const;

/**
 * Decides which of the distinct refusals applies. The MAC is checked with the secret of the city
 * that owns the session, so another city's genuine slip reads as "other city", not as forged.
 */
export async function checkSlipCode(
  db: Db,
  params: { code: string; user: AuthUser; now: Date },
): Promise<{ sessionId: string; flowTitle: string }> {
  const parsed = parseSlipCode(params.code);
  if (!parsed) throw new DomainError("BAD_REQUEST", slipMessages.malformed);
  const owner = await findSlipOwner(db, { sessionId: parsed.sessionId });
  const secrets = owner
    ? [owner.qrSecret, owner.previousQrSecret]
    : [await findQrSecret(db, { municipalityId: params.user.municipalityId })];
  const checks = secrets
    .filter((s): s is string => !!s)
    .map((s) => verifySlipCode(params.code, s, params.now));
  const check = checks.find((c) => c.ok) ?? checks.find((c) => !c.ok && c.reason === "expired") ?? checks[0];
  if (!check || (!check.ok && check.reason !== "expired"))
    throw new DomainError("BAD_REQUEST", slipMessages.forged);
  if (!owner) throw new DomainError("BAD_REQUEST", slipMessages.unknown);
  if (owner.municipalityId !== params.user.municipalityId)
    throw new DomainError("BAD_REQUEST", slipMessages.otherCity);
  if (!check.ok) throw new DomainError("BAD_REQUEST", slipMessages.expired);
  return { sessionId: parsed.sessionId, flowTitle: owner.flowTitle };
}
