import { eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { staff } from "../schema";

/** The staff row with this login id (disabled ones too: the caller decides); null when none. */
export async function findStaffByLoginId(db: DbOrTx, params: { loginId: string }) {
  const [row] = await db.select().from(staff).where(eq(staff.loginId, params.loginId)).limit(1);
  return row ?? null;
}
