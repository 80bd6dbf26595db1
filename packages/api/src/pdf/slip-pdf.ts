import { type Db, findQrSecret, insertAudit, insertSessionEvent, listDepartments } from "@kakanai/db";
import { pdfPool } from "@kakanai/pdf";
import type { AuthUser } from "../auth-user";
import { receptionDay } from "../counter/next-reception-number";
import { signSlipCode } from "../qr-token";
import { roles } from "../roles";
import { determinedSession } from "./determined-session";
import { requireRole } from "./require-role";

/** Long enough for a resident to come back another day; short enough that a lost slip soon goes dead. */
export const slipValidityMs = 14 * 24 * 60 * 60 * 1000;

export async function slipPdf(
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
  const qrSecret = await findQrSecret(db, { municipalityId: user.municipalityId });
  if (qrSecret === null) throw new Error("municipality of a logged-in user vanished");
  const qrText = signSlipCode({
    sessionId: session.id,
    expiresAt: new Date(now.getTime() + slipValidityMs),
    secret: qrSecret,
  });
  // A department the system admin marked as not linked keeps its procedures off the resident's slip.
  const unlinked = new Set(
    (await listDepartments(db, { municipalityId: user.municipalityId }))
      .filter((d) => !d.linked)
      .map((d) => d.key),
  );
  const determination = {
    ...session.determination,
    departments: session.determination.departments.filter((d) => !unlinked.has(d.key)),
  };
  const bytes = await pdfPool().renderSlip({
    municipalityName: user.municipalityName,
    receptionNumber: session.receptionNumber,
    flowTitle: session.bundle.flow.title,
    issuedOn: receptionDay(now),
    determination,
    qrText,
  });
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
    detail: { document: "slip" },
  });
  return bytes;
}
