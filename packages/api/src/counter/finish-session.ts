import { type Db, insertSessionEvent, saveSessionDetermination } from "@kakanai/db";
import { type Determination, determine } from "@kakanai/engine";
import { DomainError } from "../domain-error";
import { type CounterViewer, findSession } from "./find-session";

/** The server decides: the engine runs here on the stored answers and bundle, and the result is stored. */
export async function finishSession(
  db: Db,
  params: { sessionId: string; municipalityId: string; by: CounterViewer },
): Promise<{ determination: Determination }> {
  return db.transaction(async (tx) => {
    const session = await findSession(tx, { ...params, forUpdate: true, access: params.by });
    if (session.status === "completed") {
      throw new DomainError("BAD_REQUEST", "この受付はすでに完了しています。");
    }
    const determination = determine(session.bundle, session.answers);
    await saveSessionDetermination(tx, { sessionId: session.id, determination });
    await insertSessionEvent(tx, {
      municipalityId: params.municipalityId,
      sessionId: session.id,
      type: "determined",
      staffId: params.by.id,
    });
    return { determination };
  });
}
