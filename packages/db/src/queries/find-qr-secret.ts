import { eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { municipalities } from "../schema";

/** The municipality's current HMAC key for slip QR codes; null when there is no such municipality. */
export async function findQrSecret(db: DbOrTx, params: { municipalityId: string }): Promise<string | null> {
  const [row] = await db
    .select({ qrSecret: municipalities.qrSecret })
    .from(municipalities)
    .where(eq(municipalities.id, params.municipalityId));
  return row?.qrSecret ?? null;
}
