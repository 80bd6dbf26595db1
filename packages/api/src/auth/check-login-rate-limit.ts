import { countLoginFailures, type Db } from "@kakanai/db";
import { DomainError } from "../domain-error";

export const loginWindowMs = 5 * 60 * 1000;
export const maxFailuresPerAccount = 5;
/** Per address the limit is higher: one counter PC is shared by many staff. */
export const maxFailuresPerAddress = 30;

/** Refuses while an account (or an address) has too many recent failures since its last success. */
export async function checkLoginRateLimit(
  db: Db,
  params: { loginId: string; address: string | null; now: Date },
): Promise<void> {
  const since = new Date(params.now.getTime() - loginWindowMs);
  const accountFailures = await countLoginFailures(db, { by: "loginId", value: params.loginId, since });
  const addressFailures = params.address
    ? await countLoginFailures(db, { by: "address", value: params.address, since })
    : 0;
  if (accountFailures >= maxFailuresPerAccount || addressFailures >= maxFailuresPerAddress) {
    throw new DomainError(
      "TOO_MANY_REQUESTS",
      "ログインの失敗が続いたため、一時的にログインできません。5分ほど待ってからもう一度お試しください。",
    );
  }
}
