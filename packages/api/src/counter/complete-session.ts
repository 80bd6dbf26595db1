import { completeCounterSession, type Db, insertReceptionStats, insertSessionEvent } from "@kakanai/db";
import { DomainError } from "../domain-error";
import { type CounterViewer, findSession } from "./find-session";

export const notDeterminedMessage = "判定してから受付を終えてください。";
export const alreadyCompletedMessage = "この受付はすでに終了しています。";

/**
 * The visit ended (「受付を終える」 on the result screen): the session is completed, its retention
 * period starts, and the anonymous figures statistics need are written now (keys only), so they
 * outlive the purge.
 */
export async function completeSession(
  db: Db,
  params: {
    sessionId: string;
    municipalityId: string;
    by: CounterViewer;
    departmentKey: string | null;
    now?: Date;
  },
): Promise<{ completedAt: Date }> {
  const now = params.now ?? new Date();
  return db.transaction(async (tx) => {
    const session = await findSession(tx, { ...params, forUpdate: true, access: params.by });
    if (session.status === "completed") throw new DomainError("BAD_REQUEST", alreadyCompletedMessage);
    const { determination } = session;
    if (session.status !== "determined" || !determination)
      throw new DomainError("BAD_REQUEST", notDeterminedMessage);
    if (!(await completeCounterSession(tx, { sessionId: session.id, now })))
      throw new DomainError("CONFLICT", alreadyCompletedMessage);
    await insertSessionEvent(tx, {
      municipalityId: params.municipalityId,
      sessionId: session.id,
      type: "completed",
      staffId: params.by.id,
    });
    await insertReceptionStats(tx, {
      sessionId: session.id,
      municipalityId: params.municipalityId,
      flowKey: session.bundle.flow.key,
      flowKind: session.bundle.flow.kind,
      receptionDate: session.receptionDate,
      completedAt: now,
      departmentKey: params.departmentKey,
      procedures: determination.procedures.map((p) => ({ key: p.key, departmentKey: p.departmentKey })),
      departmentKeys: determination.departments.map((d) => d.key),
    });
    return { completedAt: now };
  });
}
