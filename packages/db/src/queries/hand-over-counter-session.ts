import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { counterSessions } from "../schema";

/**
 * Gives a reception not yet completed to another clerk, only if `from` still holds it (compare and
 * set: two hand-overs at once cannot both succeed). False when it was not `from`'s to give.
 */
export async function handOverCounterSession(
  db: DbOrTx,
  params: { sessionId: string; municipalityId: string; from: string; to: string; now: Date },
): Promise<boolean> {
  const rows = await db
    .update(counterSessions)
    .set({ assignedTo: params.to, updatedAt: params.now })
    .where(
      and(
        eq(counterSessions.id, params.sessionId),
        eq(counterSessions.municipalityId, params.municipalityId),
        eq(counterSessions.assignedTo, params.from),
        inArray(counterSessions.status, ["open", "determined"]),
      ),
    )
    .returning({ id: counterSessions.id });
  return rows.length === 1;
}
