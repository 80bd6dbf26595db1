import type { DbOrTx } from "../client";
import { loginAttempts } from "../schema";

export interface InsertLoginAttemptParams {
  loginId: string;
  address: string | null;
  succeeded: boolean;
  at: Date;
}

export async function insertLoginAttempt(db: DbOrTx, params: InsertLoginAttemptParams): Promise<void> {
  await db.insert(loginAttempts).values(params);
}
