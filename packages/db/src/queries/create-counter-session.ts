import type { DbOrTx } from "../client";
import { type Answers, counterSessions } from "../schema";

export interface CreateCounterSessionParams {
  municipalityId: string;
  bundleId: string;
  /** The reception day (YYYY-MM-DD) and number handed out by incrementReceptionCounter. */
  receptionDate: string;
  receptionNumber: string;
  createdBy: string;
  now: Date;
  /** A resident's pre-applied answers to start from (already checked against the bundle). */
  answers?: Answers;
}

/** A new open session (revision 0), with no answers or those the resident pre-applied. */
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
      ...(params.answers ? { answers: params.answers } : {}),
      assignedTo: params.createdBy,
      createdAt: params.now,
      updatedAt: params.now,
    })
    .returning({ id: counterSessions.id });
  if (!row) throw new Error("session insert returned no row");
  return row;
}
