import { createCounterSession, type Db, type DbOrTx, findBundleId, insertSessionEvent } from "@kakanai/db";
import type { Answers } from "@kakanai/engine";
import { notFound } from "../domain-error";
import type { Role } from "../roles";
import { flowKindRefusal, mayRunFlowKind } from "./flow-kind-access";
import { nextReceptionNumber, receptionDay } from "./next-reception-number";

export async function startSession(
  db: Db,
  params: { bundleId: string; municipalityId: string; by: string; roles: readonly Role[]; now?: Date },
): Promise<{ sessionId: string }> {
  return db.transaction((tx) => startSessionIn(tx, params));
}

/**
 * startSession inside the caller's transaction; `answers` (a resident's pre-application, checked
 * against the bundle by the caller) start the session instead of none.
 */
export async function startSessionIn(
  tx: DbOrTx,
  params: {
    bundleId: string;
    municipalityId: string;
    by: string;
    roles: readonly Role[];
    now?: Date;
    answers?: Answers;
  },
): Promise<{ sessionId: string }> {
  const now = params.now ?? new Date();
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
    answers: params.answers,
  });
  await insertSessionEvent(tx, {
    municipalityId: params.municipalityId,
    sessionId: row.id,
    type: "started",
    staffId: params.by,
  });
  return { sessionId: row.id };
}
