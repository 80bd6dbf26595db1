import { countLoginAttempt, type Db, settleLoginAttempt } from "@kakanai/db";
import { DomainError } from "../domain-error";

export const loginWindowMs = 5 * 60 * 1000;
export const maxFailuresPerAccount = 5;
/** Per address the limit is higher: one counter PC (or a city hall behind one NAT) is shared by many staff. */
export const maxFailuresPerAddress = 30;

const accountKey = (loginId: string) => `account:${loginId}`;
const addressKey = (address: string) => `address:${address}`;

/**
 * Counts this attempt against the account and the client address, then refuses when either is past
 * its limit — before the password is looked at, in one statement (db's countLoginAttempt), so a burst
 * of concurrent attempts is numbered and at most the limit of them ever reaches scrypt. Shared
 * through PostgreSQL by every app instance.
 */
export async function countLoginAttemptOrRefuse(
  db: Db,
  params: { loginId: string; address: string | null; now: Date },
): Promise<void> {
  const keys = [accountKey(params.loginId)];
  if (params.address) keys.push(addressKey(params.address));
  const counts = await countLoginAttempt(db, { keys, now: params.now, windowMs: loginWindowMs });
  const account = counts.get(accountKey(params.loginId)) ?? 0;
  const address = params.address ? (counts.get(addressKey(params.address)) ?? 0) : 0;
  if (account > maxFailuresPerAccount || address > maxFailuresPerAddress) {
    throw new DomainError(
      "TOO_MANY_REQUESTS",
      "ログインの失敗が続いたため、一時的にログインできません。5分ほど待ってからもう一度お試しください。",
    );
  }
}

/**
 * A correct password: the account's count starts over; the address only gets this attempt back, so
 * logging in to one's own account never clears the failures of guesses at others from the same place.
 */
export async function settleSuccessfulLogin(db: Db, params: { loginId: string; address: string | null }) {
  await settleLoginAttempt(db, {
    resetKey: accountKey(params.loginId),
    refundKey: params.address ? addressKey(params.address) : null,
  });
}
