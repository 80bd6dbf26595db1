import type { Db } from "@kakanai/db";
import { resolveSessionUser } from "./auth/resolve-session-user";
import { readCookie } from "./auth/session-cookie";
import { isSessionToken } from "./auth/token-hash";
import type { AuthUser } from "./auth-user";

export interface CreateContextOptions {
  db: Db;
  /** Request headers (cookie, x-forwarded-for). */
  headers: Headers;
  /** Response headers the adapter sends back: login/logout add Set-Cookie here. */
  resHeaders: Headers;
  /** kk_studio or kk_counter: both apps run on localhost, where cookies are shared across ports. */
  cookieName: string;
  /** Serve the cookie with Secure (the route handler decides: http/same-origin.ts cookieSecure). */
  secure?: boolean;
  /** The client address the login limit counts (http/client-address.ts); null: not counted per address. */
  address?: string | null;
  now?: Date;
}

export interface Context {
  db: Db;
  resHeaders: Headers;
  cookieName: string;
  secure: boolean;
  /** Client address for rate limiting; null when unknown. */
  address: string | null;
  user: AuthUser | null;
  /** sha256 of the presented session token, so logout can delete exactly this session. */
  sessionTokenHash: string | null;
}

export async function createContext(opts: CreateContextOptions): Promise<Context> {
  const token = readCookie(opts.headers, opts.cookieName);
  const session =
    token && isSessionToken(token)
      ? await resolveSessionUser(opts.db, { token, now: opts.now ?? new Date() })
      : null;
  return {
    db: opts.db,
    resHeaders: opts.resHeaders,
    cookieName: opts.cookieName,
    secure: opts.secure ?? false,
    address: opts.address ?? null,
    user: session?.user ?? null,
    sessionTokenHash: session?.tokenHash ?? null,
  };
}
