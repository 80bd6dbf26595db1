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

export function readCookie(headers: Headers, name: string): string | null {
  const raw = headers.get("cookie");
  if (!raw) return null;
  for (const part of raw.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
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
