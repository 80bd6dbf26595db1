import type { DbOrTx } from "../client";
import { counterSessions } from "../schema";

export interface CreateCounterSessionParams {
  municipalityId: string;
  bundleId: string;
  /** The reception day (YYYY-MM-DD) and number handed out by incrementReceptionCounter. */
  receptionDate: string;
  receptionNumber: string;
  createdBy: string;
  now: Date;
}

/** A new open session with no answers (revision 0). */
export async function createCounterSession(
  db: DbOrTx,
  params: CreateCounterSessionParams,
): Promise<{ id: string }> {
  const [row] = await db
    .insert(counterSessions)
    .values({
      municipalityId: params.municipalityId,
      bundleId: params.bundleId,
      receptionDate: params.receptionDate,
      receptionNumber: params.receptionNumber,
      createdBy: params.createdBy,
      assignedTo: params.createdBy,
      createdAt: params.now,
      updatedAt: params.now,
    })
    .returning({ id: counterSessions.id });
  if (!row) throw new Error("session insert returned no row");
  return row;
}
