import { type Db, deleteAuthSession } from "@kakanai/db";

export async function logoutStaff(db: Db, params: { tokenHash: string }): Promise<void> {
  await deleteAuthSession(db, { tokenHash: params.tokenHash });
}
