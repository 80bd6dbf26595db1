import { cancelCounterSession, type Db, insertAudit, insertSessionEvent } from "@kakanai/db";
import { DomainError } from "../domain-error";
import { alreadyCompletedMessage } from "./complete-session";
import { type CounterViewer, findSession } from "./find-session";

/**
 * The clerk stops a reception that will not be finished (「受付を取り消す」): it leaves the list of
 * unfinished receptions, can no longer be answered, judged or printed, writes no statistics row, and
 * its retention period starts now. The reason and who cancelled are an audit row (`session.cancel`)
 * and a `cancelled` event.
 */
export async function cancelSession(
  db: Db,
  params: { sessionId: string; municipalityId: string; by: CounterViewer; reason: string; now?: Date },
): Promise<{ cancelledAt: Date }> {
  const now = params.now ?? new Date();
  return db.transaction(async (tx) => {
    const session = await findSession(tx, { ...params, forUpdate: true, access: params.by });
    if (session.status === "completed") throw new DomainError("BAD_REQUEST", alreadyCompletedMessage);
    if (!(await cancelCounterSession(tx, { sessionId: session.id, now })))
      throw new DomainError("CONFLICT", alreadyCompletedMessage);
    await insertSessionEvent(tx, {
      municipalityId: params.municipalityId,
      sessionId: session.id,
      type: "cancelled",
      staffId: params.by.id,
    });
    await insertAudit(tx, {
      municipalityId: params.municipalityId,
      staffId: params.by.id,
      action: "session.cancel",
      target: session.id,
      detail: { reason: params.reason },
    });
    return { cancelledAt: now };
  });
}
