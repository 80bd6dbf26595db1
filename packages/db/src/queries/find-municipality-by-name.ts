import { eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { municipalities } from "../schema";

export async function findMunicipalityByName(db: DbOrTx, params: { name: string }) {
  const [row] = await db.select().from(municipalities).where(eq(municipalities.name, params.name)).limit(1);
  return row ?? null;
}
