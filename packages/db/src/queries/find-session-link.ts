import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { sessionEvents } from "../schema";

/** The id of the `linked` event of this session and department, if there is one. */
export async function findSessionLink(
  db: DbOrTx,
  params: { sessionId: string; departmentKey: string },
): Promise<{ id: string } | null> {
  const [row] = await db
    .select({ id: sessionEvents.id })
    .from(sessionEvents)
    .where(
      and(
        eq(sessionEvents.sessionId, params.sessionId),
        eq(sessionEvents.type, "linked"),
        eq(sessionEvents.departmentKey, params.departmentKey),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** A `linked` event of this municipality by its id (the link a department prints from); null when none. */
export async function findSessionLinkById(db: DbOrTx, params: { linkId: string; municipalityId: string }) {
  const [row] = await db
    .select()
    .from(sessionEvents)
    .where(
      and(
        eq(sessionEvents.id, params.linkId),
        eq(sessionEvents.municipalityId, params.municipalityId),
        eq(sessionEvents.type, "linked"),
      ),
    );
  return row ?? null;
}
