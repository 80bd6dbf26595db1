import type { DbOrTx } from "../client";
import { departments } from "../schema";

export interface CreateDepartmentParams {
  municipalityId: string;
  key: string;
  name: string;
  counter?: string;
  /** Display and bundle order; defaults to insertion order by id when equal. */
  sortOrder?: number;
  /** Listed on the 手続き案内票 (default true). */
  linked?: boolean;
}

export async function createDepartment(db: DbOrTx, params: CreateDepartmentParams) {
  const [row] = await db
    .insert(departments)
    .values({ ...params, counter: params.counter ?? "" })
    .returning();
  if (!row) throw new Error("department insert returned no row");
  return row;
}
