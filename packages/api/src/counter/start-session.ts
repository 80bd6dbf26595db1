import { type Db, insertSessionEvent, schema } from "@kakanai/db";
import { and, eq } from "drizzle-orm";
import { notFound } from "../domain-error";
import { nextReceptionNumber, receptionDay } from "./next-reception-number";

const { bundles, counterSessions } = schema;

export async function startSession(
  db: Db,
  params: { bundleId: string; municipalityId: string; by: string; now?: Date },
): Promise<{ sessionId: string }> {
  const now = params.now ?? new Date();
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ id: bundles.id })
      .from(bundles)
      .where(and(eq(bundles.id, params.bundleId), eq(bundles.municipalityId, params.municipalityId)));
    if (!found) throw notFound("公開済みのフロー");
    const day = receptionDay(now);
    const receptionNumber = await nextReceptionNumber(tx, { municipalityId: params.municipalityId, day });
    const [row] = await tx
      .insert(counterSessions)
      .values({
        municipalityId: params.municipalityId,
        bundleId: found.id,
        receptionDate: day,
        receptionNumber,
        createdBy: params.by,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: counterSessions.id });
    if (!row) throw new Error("session insert returned no row");
    await insertSessionEvent(tx, {
      municipalityId: params.municipalityId,
      sessionId: row.id,
      type: "started",
      staffId: params.by,
    });
    return { sessionId: row.id };
  });
}
