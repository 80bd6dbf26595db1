import type { HttpSettingsInput } from "@kakanai/api";

/**
 * The only place that reads process.env in the counter app (a lint rule enforces it), so every
 * setting is named, checked and documented here.
 */
export interface ServerEnv {
  DATABASE_URL: string;
  /** How the api reads requests: trusted proxies, allowed origins, Secure cookies (docs/deploy.md). */
  http: HttpSettingsInput;
}

/** The counter's idle lock when KAKANAI_IDLE_LOCK_MINUTES is unset. */
export const defaultIdleLockMinutes = 15;

let cached: ServerEnv | undefined;

/** Read lazily (not at import), so `next build` works without a database. */
export function serverEnv(): ServerEnv {
  if (cached) return cached;
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL が設定されていません。`npm start` で起動するか、DATABASE_URL=postgres://… を設定して起動してください。",
    );
  }
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new Error("DATABASE_URL は postgres:// で始まる接続文字列にしてください。");
  }
  cached = {
    DATABASE_URL: url,
    http: {
      trustedProxies: process.env.KAKANAI_TRUSTED_PROXIES,
      allowedOrigins: process.env.KAKANAI_ALLOWED_ORIGINS,
      cookieSecure: process.env.KAKANAI_COOKIE_SECURE,
      // Counter laptops stand at a public desk: an unused login ends (and the screen locks) soon.
      idleLockMinutes: process.env.KAKANAI_IDLE_LOCK_MINUTES ?? String(defaultIdleLockMinutes),
    },
  };
  return cached;
}

/** The idle lock's period in minutes, for the screen (the server's is parsed by the api's settings). */
export function idleLockMinutes(): number {
  return Number(process.env.KAKANAI_IDLE_LOCK_MINUTES ?? defaultIdleLockMinutes);
}

/** React needs eval only in development (error stacks); production CSP forbids it. */
export const isDevelopment = process.env.NODE_ENV === "development";
