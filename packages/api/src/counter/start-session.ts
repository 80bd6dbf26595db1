import { createCounterSession, type Db, findBundleId, insertSessionEvent } from "@kakanai/db";
import { notFound } from "../domain-error";
import { nextReceptionNumber, receptionDay } from "./next-reception-number";

export async function startSession(
  db: Db,
  params: { bundleId: string; municipalityId: string; by: string; now?: Date },
): Promise<{ sessionId: string }> {
  const now = params.now ?? new Date();
  return db.transaction(async (tx) => {
    const bundleId = await findBundleId(tx, {
      bundleId: params.bundleId,
      municipalityId: params.municipalityId,
    });
    if (!bundleId) throw notFound("公開済みのフロー");
    const day = receptionDay(now);
    const receptionNumber = await nextReceptionNumber(tx, { municipalityId: params.municipalityId, day });
    const row = await createCounterSession(tx, {
      municipalityId: params.municipalityId,
      bundleId,
      receptionDate: day,
      receptionNumber,
      createdBy: params.by,
      now,
    });
    await insertSessionEvent(tx, {
      municipalityId: params.municipalityId,
      sessionId: row.id,
      type: "started",
      staffId: params.by,
    });
    return { sessionId: row.id };
  });
}
