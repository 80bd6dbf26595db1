import { createHash, randomBytes } from "node:crypto";

/** Session tokens are 32 random bytes; only their sha256 is stored. */
export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What newSessionToken makes: anything else in a cookie is no session, without asking the database. */
export function isSessionToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
