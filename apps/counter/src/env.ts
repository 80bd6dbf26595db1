/**
 * The only place that reads process.env in the counter app (a lint rule enforces it), so every
 * setting is named, checked and documented here.
 */
export interface ServerEnv {
  DATABASE_URL: string;
  /** Serve cookies with Secure; set COOKIE_SECURE=1 when the app is served over HTTPS. */
  COOKIE_SECURE: boolean;
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
  cached = { DATABASE_URL: url, COOKIE_SECURE: process.env.COOKIE_SECURE === "1" };
  return cached;
}

/** React needs eval only in development (error stacks); production CSP forbids it. */
export const isDevelopment = process.env.NODE_ENV === "development";
