import { type Db, insertAudit, insertSessionEvent } from "@kakanai/db";
import type { AuthUser } from "../auth-user";
import { roles } from "../roles";
import { determinedSession } from "./determined-session";
import { printDepartmentForms } from "./print-department-forms";
import { requireRole } from "./require-role";

/**
 * The forms filled at the first counter (住民異動届 and the rest of that counter's department): the
 * clerk's own department, or the first department of the result for staff without one.
 */
export async function todokePdf(
  db: Db,
  params: { user: AuthUser | null; sessionId: string; now?: Date },
): Promise<Uint8Array> {
  const user = requireRole(params.user, roles.counter);
  const now = params.now ?? new Date();
  const session = await determinedSession(db, {
    sessionId: params.sessionId,
    municipalityId: user.municipalityId,
    access: user,
  });
  const departmentKey = user.departmentKey ?? session.determination.departments[0]?.key ?? "";
  const bytes = await printDepartmentForms(db, { ...session, departmentKey, now });
  await insertSessionEvent(db, {
    municipalityId: user.municipalityId,
    sessionId: session.id,
    type: "forms_printed",
    departmentKey,
    staffId: user.id,
  });
  await insertAudit(db, {
    municipalityId: user.municipalityId,
    staffId: user.id,
    action: "session.print",
    target: session.id,
    detail: { document: "todoke", departmentKey },
  });
  return bytes;
}
