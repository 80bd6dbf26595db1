import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { departments } from "../schema";

/** A department of this municipality by its key; null when the city has none with that key. */
export async function findDepartmentByKey(
  db: DbOrTx,
  params: { municipalityId: string; key: string },
): Promise<{ key: string; name: string; counter: string } | null> {
  const [row] = await db
    .select({ key: departments.key, name: departments.name, counter: departments.counter })
    .from(departments)
    .where(and(eq(departments.municipalityId, params.municipalityId), eq(departments.key, params.key)));
  return row ?? null;
}
