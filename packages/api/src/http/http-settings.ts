import type { BlockList } from "node:net";
import { parseTrustedProxies } from "./client-address";
import { parseAllowedOrigins } from "./same-origin";

/** The deployment's HTTP settings, read by each app's env.ts and handed to the route handlers. */
export interface HttpSettingsInput {
  /** KAKANAI_TRUSTED_PROXIES: reverse proxies whose X-Forwarded-For is believed (addresses, CIDR). */
  trustedProxies?: string;
  /** KAKANAI_ALLOWED_ORIGINS: further origins a state-changing request may come from. */
  allowedOrigins?: string;
  /** KAKANAI_COOKIE_SECURE: "1" Secure everywhere, "0" never, unset: everywhere but localhost. */
  cookieSecure?: string;
  /**
   * KAKANAI_IDLE_LOCK_MINUTES (the counter: default 15): a login unused this long ends on the server
   * (and the counter screen locks). Unset: the 8-hour default (the studio).
   */
  idleLockMinutes?: string;
}

export interface HttpSettings {
  trustedProxies: BlockList;
  allowedOrigins: string[];
  cookieSecure: string | undefined;
  /** How long a login of this app lives without a request; undefined: sessionIdleMs (8 hours). */
  sessionIdleMs: number | undefined;
}

/** Minutes (decimals allowed, e.g. for a test) between 0 and 8 hours, as milliseconds. */
export function parseIdleLockMinutes(raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === "") return undefined;
  const minutes = Number(raw);
  if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 480) {
    throw new Error(`KAKANAI_IDLE_LOCK_MINUTES は 0 より大きく 480 以下の分数にしてください（値: ${raw}）。`);
  }
  return Math.round(minutes * 60_000);
}

export function parseHttpSettings(input: HttpSettingsInput = {}): HttpSettings {
  return {
    trustedProxies: parseTrustedProxies(input.trustedProxies),
    allowedOrigins: parseAllowedOrigins(input.allowedOrigins),
    cookieSecure: input.cookieSecure,
    sessionIdleMs: parseIdleLockMinutes(input.idleLockMinutes),
  };
}
