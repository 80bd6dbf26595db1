import type { Db } from "@kakanai/db";
import { resolveSessionUser } from "./auth/resolve-session-user";
import { readCookie, sessionIdleMs } from "./auth/session-cookie";
import { isSessionToken, tokenHash } from "./auth/token-hash";
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
  /** How long a login lives without a request (the counter's idle lock); default 8 hours. */
  sessionIdleMs?: number;
  /** The public portal only: the city it serves by name (unset: the database's only city). */
  portalCity?: string | null;
  now?: Date;
}

export interface Context {
  db: Db;
  resHeaders: Headers;
  cookieName: string;
  secure: boolean;
  /** Client address for rate limiting; null when unknown. */
  address: string | null;
  /** When the request came in: the login's expiry is checked against it. */
  now: Date;
  /** How long a login of this app lives without a request: each request extends it by this much. */
  sessionIdleMs: number;
  /**
   * sha256 of the session token the request presents (a well-formed one), so logout can delete
   * exactly this session; null without one. Whether it is a valid login is `loadUser()`'s answer.
   */
  sessionTokenHash: string | null;
  /** The city the public portal serves by name; null: the database's only city (portal/pre-apply.ts). */
  portalCity: string | null;
  /**
   * The logged-in staff member: read from the database on first use and kept for the request (a
   * procedure that reads its user together with its data does not read it twice); null when the
   * token is unknown, expired or of a disabled account.
   */
  loadUser: () => Promise<AuthUser | null>;
}

export async function createContext(opts: CreateContextOptions): Promise<Context> {
  const token = readCookie(opts.headers, opts.cookieName);
  const hash = token && isSessionToken(token) ? tokenHash(token) : null;
  const now = opts.now ?? new Date();
  let user: Promise<AuthUser | null> | undefined;
  const idleMs = opts.sessionIdleMs ?? sessionIdleMs;
  return {
    db: opts.db,
    resHeaders: opts.resHeaders,
    cookieName: opts.cookieName,
    secure: opts.secure ?? false,
    address: opts.address ?? null,
    now,
    sessionIdleMs: idleMs,
    sessionTokenHash: hash,
    portalCity: opts.portalCity ?? null,
    loadUser: () => {
      if (user) return user;
      const loading = hash
        ? resolveSessionUser(opts.db, { tokenHash: hash, now, idleMs })
        : Promise.resolve(null);
      // A failed read (the database restarting) is not kept: asking again reads again.
      loading.catch(() => {
        if (user === loading) user = undefined;
      });
      user = loading;
      return loading;
    },
  };
}
