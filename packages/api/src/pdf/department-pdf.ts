import { type Db, findSessionLinkById, insertAudit, insertSessionEvent } from "@kakanai/db";
import type { AuthUser } from "../auth-user";
import { DomainError, notFound } from "../domain-error";
import { roles } from "../roles";
import { determinedSession } from "./determined-session";
import { printDepartmentForms } from "./print-department-forms";
import { requireRole } from "./require-role";

/** The linked department's prefilled packet; only that department (or a system admin) may print it. */
export async function departmentPdf(
  db: Db,
  params: { user: AuthUser | null; linkId: string; now?: Date },
): Promise<Uint8Array> {
  const user = requireRole(params.user, roles.scan);
  const link = await findSessionLinkById(db, {
    linkId: params.linkId,
    municipalityId: user.municipalityId,
  });
  if (!link?.departmentKey) throw notFound("連携記録");
  if (link.departmentKey !== user.departmentKey && !user.roles.includes("system_admin")) {
    throw new DomainError("FORBIDDEN", "他の課の申請書は印刷できません。");
  }
  const session = await determinedSession(db, {
    sessionId: link.sessionId,
    municipalityId: user.municipalityId,
    access: "linked-department",
  });
  const bytes = await printDepartmentForms(db, {
    ...session,
    departmentKey: link.departmentKey,
    now: params.now ?? new Date(),
  });
  const event = {
    municipalityId: user.municipalityId,
    sessionId: session.id,
    departmentKey: link.departmentKey,
    staffId: user.id,
  };
  await insertSessionEvent(db, { ...event, type: "forms_printed" });
  await insertAudit(db, {
    municipalityId: user.municipalityId,
    staffId: user.id,
    action: "session.print",
    target: session.id,
    detail: { document: "department-forms", linkId: link.id, departmentKey: link.departmentKey },
  });
  return bytes;
}
