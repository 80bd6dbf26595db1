import { eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { municipalities } from "../schema";

/** What the system admin may set for the city (never the QR secrets). */
export async function getMunicipalitySettings(db: DbOrTx, params: { municipalityId: string }) {
  const [row] = await db
    .select({ name: municipalities.name, retentionDays: municipalities.retentionDays })
    .from(municipalities)
    .where(eq(municipalities.id, params.municipalityId));
  return row ?? null;
}

export async function updateRetentionDays(
  db: DbOrTx,
  params: { municipalityId: string; retentionDays: number },
) {
  const [row] = await db
    .update(municipalities)
    .set({ retentionDays: params.retentionDays })
    .where(eq(municipalities.id, params.municipalityId))
    .returning({ retentionDays: municipalities.retentionDays });
  return row ?? null;
}
