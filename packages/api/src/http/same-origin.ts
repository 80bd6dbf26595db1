import type { RequestProblem } from "./bounded-request";

/**
 * Cross-site request forgery: a page on another site can make a logged-in browser send a POST (the
 * session cookie is SameSite=Lax, which still goes along with top-level navigations and, on some
 * browsers, with POSTs in the first two minutes). Every state-changing request is therefore refused
 * when the browser says it comes from elsewhere:
 *   - an `Origin` header that is not this app's own (its Host, or the X-Forwarded-Host a proxy set
 *     — neither can a page on another site choose), or `Origin: null`;
 *   - `Sec-Fetch-Site: cross-site` (what browsers send with a link or form from another site, even
 *     where they send no Origin: the PDF routes are GETs that record print events).
 * A request with neither header is not from a browser page (curl, the load bench) and carries no
 * ambient cookie: it passes. KAKANAI_ALLOWED_ORIGINS lists further origins (comma separated), for a
 * proxy that rewrites Host without setting X-Forwarded-Host.
 */
export const crossSiteMessage =
  "別のサイトからの操作は受け付けられません。Kakanai の画面を開き直してからもう一度お試しください。";

export function crossSiteProblem(
  headers: Headers,
  allowedOrigins: readonly string[] = [],
): RequestProblem | null {
  const refused: RequestProblem = { status: 403, code: "FORBIDDEN", message: crossSiteMessage };
  if (headers.get("sec-fetch-site") === "cross-site") return refused;
  const origin = headers.get("origin");
  if (origin === null) return null;
  let host: string;
  try {
    const url = new URL(origin);
    if (url.origin !== origin.replace(/\/$/, "")) return refused;
    host = url.host.toLowerCase();
  } catch {
    return refused;
  }
  if (allowedOrigins.includes(origin)) return null;
  const own = [headers.get("host"), ...(headers.get("x-forwarded-host") ?? "").split(",")]
    .map((h) => h?.trim().toLowerCase())
    .filter(Boolean);
  return own.includes(host) ? null : refused;
}

/** KAKANAI_ALLOWED_ORIGINS as a list of origins (`https://kakanai.example.lg.jp`). */
export function parseAllowedOrigins(spec: string | undefined): string[] {
  return (spec ?? "")
    .split(",")
    .map((s) => s.trim().replace(/\/$/, ""))
    .filter(Boolean);
}

const loopbackHosts = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

function isLoopbackHost(hostHeader: string | null): boolean {
  if (!hostHeader) return false;
  const host = hostHeader.trim().toLowerCase();
  const name = host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : (host.split(":")[0] ?? "");
  return loopbackHosts.has(name) || /^127\.\d+\.\d+\.\d+$/.test(name);
}

/**
 * Whether the session cookie is sent with Secure. Always, except when the browser is talking to this
 * machine itself (Host — and X-Forwarded-Host when a proxy set one — is localhost or a loopback
 * address: `npm start`, the e2e run), where no network sees the cookie. No client header can turn it
 * off for anyone else: a browser's Host is the site it is on. KAKANAI_COOKIE_SECURE=1 forces it on
 * everywhere; =0 turns it off (a closed-LAN trial over plain HTTP only; see docs/deploy.md).
 */
export function cookieSecure(headers: Headers, setting: string | undefined): boolean {
  if (setting === "1") return true;
  if (setting === "0") return false;
  const forwarded = headers.get("x-forwarded-host");
  return !(
    isLoopbackHost(headers.get("host")) &&
    (forwarded === null || isLoopbackHost(forwarded.split(",")[0] ?? null))
  );
}
