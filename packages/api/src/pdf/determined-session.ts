import type { DbOrTx } from "@kakanai/db";
import type { Determination } from "@kakanai/engine";
import { findSession, type ReceptionAccess, type SessionRecord } from "../counter/find-session";
import { DomainError } from "../domain-error";

/** Printing needs the server's 判定 result; before 判定 there is nothing authoritative to print. */
export async function determinedSession(
  db: DbOrTx,
  params: { sessionId: string; municipalityId: string; access: ReceptionAccess },
): Promise<SessionRecord & { determination: Determination }> {
  const session = await findSession(db, params);
  if (!session.determination) {
    throw new DomainError("BAD_REQUEST", "この受付はまだ判定されていません。判定してから印刷してください。");
  }
  return { ...session, determination: session.determination };
}
