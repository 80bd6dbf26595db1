import { type Db, schema } from "@kakanai/db";
import { eq } from "drizzle-orm";

export async function logoutStaff(db: Db, params: { tokenHash: string }): Promise<void> {
  await db.delete(schema.authSessions).where(eq(schema.authSessions.tokenHash, params.tokenHash));
}
