/**
 * The only place that reads process.env (a lint rule forbids it elsewhere), so every setting the
 * studio depends on is listed here with the message an operator sees when it is missing.
 */
function required(name: string, hint: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`環境変数 ${name} が設定されていません。${hint}`);
  }
  return value;
}

export const env = {
  /** Read lazily: `next build` imports route modules without a database. */
  get databaseUrl(): string {
    return required(
      "DATABASE_URL",
      "PostgreSQL の接続先（例: postgres://user@127.0.0.1:5432/kakanai）を指定するか、リポジトリのルートで `npm start` を使って起動してください。",
    );
  },
  /** How the api reads requests: trusted proxies, allowed origins, Secure cookies (docs/deploy.md). */
  http: {
    trustedProxies: process.env.KAKANAI_TRUSTED_PROXIES,
    allowedOrigins: process.env.KAKANAI_ALLOWED_ORIGINS,
    cookieSecure: process.env.KAKANAI_COOKIE_SECURE,
  },
  isProduction: process.env.NODE_ENV === "production",
};

/** `next dev`: React's dev tools need eval and the HMR socket (proxy.ts widens the CSP for them). */
export const isDevelopment = process.env.NODE_ENV === "development";
