import { createCounterSession, type Db, findBundleId, insertSessionEvent } from "@kakanai/db";
import { notFound } from "../domain-error";
import type { Role } from "../roles";
import { flowKindRefusal, mayRunFlowKind } from "./flow-kind-access";
import { nextReceptionNumber, receptionDay } from "./next-reception-number";

export async function startSession(
  db: Db,
  params: { bundleId: string; municipalityId: string; by: string; roles: readonly Role[]; now?: Date },
): Promise<{ sessionId: string }> {
  const now = params.now ?? new Date();
  return db.transaction(async (tx) => {
    const bundle = await findBundleId(tx, {
      bundleId: params.bundleId,
      municipalityId: params.municipalityId,
    });
    if (!bundle) throw notFound("公開済みのフロー");
    // The list shows each desk only its flows; the server refuses the rest too (a crafted call).
    if (!mayRunFlowKind(params.roles, bundle.flowKind)) throw flowKindRefusal(bundle.flowKind);
    const day = receptionDay(now);
    const receptionNumber = await nextReceptionNumber(tx, { municipalityId: params.municipalityId, day });
    const row = await createCounterSession(tx, {
      municipalityId: params.municipalityId,
      bundleId: bundle.id,
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
