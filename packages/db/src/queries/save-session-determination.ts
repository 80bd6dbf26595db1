import { eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { counterSessions, type Determination } from "../schema";

export interface SaveSessionDeterminationParams {
  /** The caller has found (and locked) the session in its municipality. */
  sessionId: string;
  determination: Determination;
  now?: Date;
}

/** Stores the 判定 and marks the session determined. */
export async function saveSessionDetermination(
  db: DbOrTx,
  params: SaveSessionDeterminationParams,
): Promise<void> {
  await db
    .update(counterSessions)
    .set({ determination: params.determination, status: "determined", updatedAt: params.now ?? new Date() })
    .where(eq(counterSessions.id, params.sessionId));
}
