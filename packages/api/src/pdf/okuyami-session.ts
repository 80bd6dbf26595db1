import type { Db } from "@kakanai/db";
import type { AuthUser } from "../auth-user";
import { DomainError } from "../domain-error";
import { roles } from "../roles";
import { determinedSession } from "./determined-session";
import { requireRole } from "./require-role";

/**
 * The determined session behind an おくやみ desk print, for a counter-side role. `refusal` says, in
 * Japanese, why the document exists only for おくやみ sessions.
 */
export async function okuyamiSession(
  db: Db,
  params: { user: AuthUser | null; sessionId: string; refusal: string },
) {
  const user = requireRole(params.user, roles.counter);
  const session = await determinedSession(db, {
    sessionId: params.sessionId,
    municipalityId: user.municipalityId,
    access: user,
  });
  if (session.bundle.flow.kind !== "okuyami") throw new DomainError("BAD_REQUEST", params.refusal);
  return { user, session };
}
