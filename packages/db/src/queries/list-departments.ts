import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { departments } from "../schema";

export async function listDepartments(db: DbOrTx, params: { municipalityId: string }) {
  return db
    .select({
      id: departments.id,
      key: departments.key,
      name: departments.name,
      counter: departments.counter,
      linked: departments.linked,
    })
    .from(departments)
    .where(eq(departments.municipalityId, params.municipalityId))
    .orderBy(asc(departments.sortOrder), asc(departments.key));
}
