import { eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { authSessions } from "../schema";

export async function deleteAuthSession(db: DbOrTx, params: { tokenHash: string }): Promise<void> {
  await db.delete(authSessions).where(eq(authSessions.tokenHash, params.tokenHash));
}
