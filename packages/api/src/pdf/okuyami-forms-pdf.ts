import { type Db, insertAudit, insertSessionEvent } from "@kakanai/db";
import type { AuthUser } from "../auth-user";
import { DomainError } from "../domain-error";
import { okuyamiSession } from "./okuyami-session";
import { printForms } from "./print-department-forms";

/**
 * Every department's prefilled forms of an おくやみ session, in department (counter) order, as one
 * PDF: the family takes them all from the おくやみ desk instead of filling them in at each counter.
 * Recorded as forms_printed once per department whose forms were printed, plus one audit row.
 */
export async function okuyamiFormsPdf(
  db: Db,
  params: { user: AuthUser | null; sessionId: string; now?: Date },
): Promise<Uint8Array> {
  const { user, session } = await okuyamiSession(db, {
    user: params.user,
    sessionId: params.sessionId,
    refusal: "各課の申請書のまとめ印刷は、おくやみの受付でのみ使えます。",
  });
  const now = params.now ?? new Date();
  const departments = session.determination.departments
    .map((d) => ({ key: d.key, forms: d.procedures.flatMap((p) => p.forms) }))
    .filter((d) => d.forms.length > 0);
  if (departments.length === 0) {
    throw new DomainError(
      "NOT_FOUND",
      "印刷する申請書はありません（該当する手続きはチェックリストでご案内します）。",
    );
  }
  const bytes = await printForms(db, { ...session, forms: departments.flatMap((d) => d.forms), now });
  for (const d of departments)
    await insertSessionEvent(db, {
      municipalityId: user.municipalityId,
      sessionId: session.id,
      type: "forms_printed",
      departmentKey: d.key,
      staffId: user.id,
    });
  await insertAudit(db, {
    municipalityId: user.municipalityId,
    staffId: user.id,
    action: "session.print",
    target: session.id,
    detail: { document: "okuyami-forms", departmentKeys: departments.map((d) => d.key) },
  });
  return bytes;
}
