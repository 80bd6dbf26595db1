import type { Db } from "@kakanai/db";
import { loginStaff } from "../src/auth/login-staff";
import { createContext } from "../src/context";
import { createCaller } from "../src/root";
import { testPassword } from "./factories";

export const cookieName = "kk_test";

/** A caller as the browser would be after logging in: the real login, the real cookie path. */
export async function callerFor(db: Db, staff: { loginId: string }) {
  const { token } = await loginStaff(db, {
    loginId: staff.loginId,
    password: testPassword,
    address: null,
    previousTokenHash: null,
  });
  return (await browserCaller(db, `${cookieName}=${token}`)).caller;
}

/** A caller with an optional cookie, plus the response headers it sets (Set-Cookie). */
export async function browserCaller(db: Db, cookie?: string) {
  const resHeaders = new Headers();
  const headers = new Headers(cookie ? { cookie } : {});
  const ctx = await createContext({ db, headers, resHeaders, cookieName });
  return { caller: createCaller(ctx), resHeaders };
}
