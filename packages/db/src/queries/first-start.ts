import { sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "../client";
import { staff } from "../schema";

/** True while the database has no staff account at all: the city has not been set up. */
export async function hasNoStaff(db: DbOrTx): Promise<boolean> {
  const rows = await db.select({ id: staff.id }).from(staff).limit(1);
  return rows.length === 0;
}

/**
 * In the first-start transaction: locks the staff table against other writers until the transaction
 * ends (SHARE ROW EXCLUSIVE conflicts with itself and with every insert), then says whether it is still
 * empty — so of two first starts at once, the second waits and then sees the first's admin.
 */
export async function lockStaffIfEmpty(tx: Tx): Promise<boolean> {
  await tx.execute(sql`lock table ${staff} in share row exclusive mode`);
  return hasNoStaff(tx);
}
