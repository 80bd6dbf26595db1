import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { departments } from "../schema";

/** Every department of a city with what the system admin edits, in counter order. */
export async function listAdminDepartments(db: DbOrTx, params: { municipalityId: string }) {
  return db
    .select({
      id: departments.id,
      key: departments.key,
      name: departments.name,
      counter: departments.counter,
      linked: departments.linked,
      sortOrder: departments.sortOrder,
    })
    .from(departments)
    .where(eq(departments.municipalityId, params.municipalityId))
    .orderBy(asc(departments.sortOrder), asc(departments.key));
}

/** A department by id, only when it belongs to this city; null otherwise. */
export async function findDepartmentById(db: DbOrTx, params: { municipalityId: string; id: string }) {
  const [row] = await db
    .select({ id: departments.id, key: departments.key, name: departments.name })
    .from(departments)
    .where(and(eq(departments.municipalityId, params.municipalityId), eq(departments.id, params.id)));
  return row ?? null;
}

/** Name, counter and linkage of one of this city's departments (the key never changes: bundles use it). */
export async function updateDepartment(
  db: DbOrTx,
  params: { municipalityId: string; id: string; name: string; counter: string; linked: boolean },
) {
  const [row] = await db
    .update(departments)
    .set({ name: params.name, counter: params.counter, linked: params.linked })
    .where(and(eq(departments.municipalityId, params.municipalityId), eq(departments.id, params.id)))
    .returning({ id: departments.id, key: departments.key });
  return row ?? null;
}

/** The next sort order after the city's last department, so a new one is listed at the end. */
export async function nextDepartmentSortOrder(db: DbOrTx, params: { municipalityId: string }) {
  const rows = await listAdminDepartments(db, params);
  return rows.reduce((max, d) => Math.max(max, d.sortOrder + 1), 0);
}
