import type { HttpSettingsInput } from "@kakanai/api";

/**
 * The only place that reads process.env in the portal (a lint rule enforces it), so every setting is
 * named, checked and documented here.
 */
export interface ServerEnv {
  DATABASE_URL: string;
  /** How the api reads requests: trusted proxies (the client address counted), allowed origins. */
  http: HttpSettingsInput;
  /** The city whose flows residents pre-apply for, by name (「A|B」: the first that exists); unset: the only city. */
  city: string | null;
}

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
    },
    city: process.env.KAKANAI_PORTAL_CITY?.trim() || null,
  };
  return cached;
}

/** React needs eval only in development (error stacks); production CSP forbids it. */
export const isDevelopment = process.env.NODE_ENV === "development";
