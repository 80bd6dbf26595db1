import { eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { municipalities } from "../schema";

export async function findMunicipalityByName(db: DbOrTx, params: { name: string }) {
  const [row] = await db.select().from(municipalities).where(eq(municipalities.name, params.name)).limit(1);
  return row ?? null;
}

/** The city's id when the database holds exactly one (the public portal of a one-city install). */
export async function findOnlyMunicipalityId(db: DbOrTx): Promise<string | null> {
  const rows = await db.select({ id: municipalities.id }).from(municipalities).limit(2);
  return rows.length === 1 && rows[0] ? rows[0].id : null;
}
