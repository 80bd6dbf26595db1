/** Session cookie helpers. httpOnly + SameSite=Lax always; Secure only when served over HTTPS. */
export const sessionIdleMs = 8 * 60 * 60 * 1000;

export interface CookieTarget {
  resHeaders: Headers;
  cookieName: string;
  secure: boolean;
}

export function setSessionCookie(target: CookieTarget, token: string): void {
  target.resHeaders.append("Set-Cookie", serialize(target, token, Math.floor(sessionIdleMs / 1000)));
}

export function clearSessionCookie(target: CookieTarget): void {
  target.resHeaders.append("Set-Cookie", serialize(target, "", 0));
}

/** Longer Cookie headers are not looked at (Node itself refuses headers past 16 KB). */
const maxCookieHeader = 8 * 1024;

/**
 * The named cookie's value, or null. Whatever else the browser (or anyone) sends, a malformed
 * header or value is no cookie: never an error, so a broken cookie can still log in again.
 */
export function readCookie(headers: Headers, name: string): string | null {
  const raw = headers.get("cookie");
  if (!raw || raw.length > maxCookieHeader) return null;
  for (const part of raw.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      return null;
    }
  }
  return null;
}

function serialize(target: CookieTarget, value: string, maxAgeSeconds: number): string {
  const parts = [
    `${target.cookieName}=${encodeURIComponent(value)}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${maxAgeSeconds}`,
  ];
  if (target.secure) parts.push("Secure");
  return parts.join("; ");
}
