import { type Db, insertAudit, insertSessionEvent } from "@kakanai/db";
import { pdfPool } from "@kakanai/pdf";
import type { AuthUser } from "../auth-user";
import { receptionDay } from "../counter/next-reception-number";
import { okuyamiSession } from "./okuyami-session";

/**
 * The family's おくやみ checklist (every procedure with department, counter, 和暦 deadline and what
 * to bring). Only for sessions of an おくやみ flow; recorded like the slip, plus an audit row.
 */
export async function checklistPdf(
  db: Db,
  params: { user: AuthUser | null; sessionId: string; now?: Date },
): Promise<Uint8Array> {
  const { user, session } = await okuyamiSession(db, {
    user: params.user,
    sessionId: params.sessionId,
    refusal: "ご遺族向けチェックリストは、おくやみの受付でのみ印刷できます。",
  });
  const now = params.now ?? new Date();
  const deceased = session.answers.deceased as { name?: unknown } | undefined;
  const bytes = await pdfPool().renderChecklist({
    municipalityName: user.municipalityName,
    receptionNumber: session.receptionNumber,
    issuedOn: receptionDay(now),
    deceasedName: typeof deceased?.name === "string" ? deceased.name : "",
    determination: session.determination,
  });
  // The checklist is the おくやみ desk's 案内票: the same event type, told apart by the audit row.
  await insertSessionEvent(db, {
    municipalityId: user.municipalityId,
    sessionId: session.id,
    type: "slip_printed",
    staffId: user.id,
  });
  await insertAudit(db, {
    municipalityId: user.municipalityId,
    staffId: user.id,
    action: "session.print",
    target: session.id,
    detail: { document: "okuyami-checklist" },
  });
  return bytes;
}
