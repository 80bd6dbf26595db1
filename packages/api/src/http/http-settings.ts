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
}

export interface HttpSettings {
  trustedProxies: BlockList;
  allowedOrigins: string[];
  cookieSecure: string | undefined;
}

export function parseHttpSettings(input: HttpSettingsInput = {}): HttpSettings {
  return {
    trustedProxies: parseTrustedProxies(input.trustedProxies),
    allowedOrigins: parseAllowedOrigins(input.allowedOrigins),
    cookieSecure: input.cookieSecure,
  };
}
