import { and, eq, lte } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { type Answers, preApplications } from "../schema";

/** Stores a resident's answers under a fresh code; false when the code is taken (draw another). */
export async function insertPreApplication(
  db: DbOrTx,
  params: { code: string; municipalityId: string; bundleId: string; answers: Answers; expiresAt: Date },
): Promise<boolean> {
  const rows = await db
    .insert(preApplications)
    .values(params)
    .onConflictDoNothing()
    .returning({ code: preApplications.code });
  return rows.length === 1;
}

/** The pre-application under `code` of this city, locked until the transaction ends; null if none. */
export async function findPreApplicationForUpdate(
  db: DbOrTx,
  params: { code: string; municipalityId: string },
) {
  const [row] = await db
    .select()
    .from(preApplications)
    .where(
      and(eq(preApplications.code, params.code), eq(preApplications.municipalityId, params.municipalityId)),
    )
    .for("update");
  return row ?? null;
}

/** Read into a reception: the answers leave this table (they live in the counter session now). */
export async function markPreApplicationUsed(db: DbOrTx, params: { code: string; now: Date }): Promise<void> {
  await db
    .update(preApplications)
    .set({ usedAt: params.now, answers: {} })
    .where(eq(preApplications.code, params.code));
}

/** Deletes every pre-application past its expiry (used or not); returns how many. */
export async function purgeExpiredPreApplications(db: DbOrTx, params: { now: Date }): Promise<number> {
  const rows = await db
    .delete(preApplications)
    .where(lte(preApplications.expiresAt, params.now))
    .returning({ code: preApplications.code });
  return rows.length;
}
