import type { Db } from "@kakanai/db";
import { openStaffSession } from "../src/auth/login-staff";
import { createContext } from "../src/context";
import { createCaller } from "../src/root";

export const cookieName = "kk_test";

/**
 * A caller as the browser would be after logging in: the session login opens, the real cookie path.
 * The password check itself is auth's tests' business: skipping it here spares every test a scrypt
 * at N = 2^17 (0.3–1.5 s).
 */
export async function callerFor(db: Db, staff: { id: string }) {
  const token = await openStaffSession(db, { staffId: staff.id, now: new Date() });
  return (await browserCaller(db, `${cookieName}=${token}`)).caller;
}

/** A caller with an optional cookie, plus the response headers it sets (Set-Cookie). */
export async function browserCaller(db: Db, cookie?: string) {
  const resHeaders = new Headers();
  const headers = new Headers(cookie ? { cookie } : {});
  const ctx = await createContext({ db, headers, resHeaders, cookieName });
  return { caller: createCaller(ctx), resHeaders };
}
