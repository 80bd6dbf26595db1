import { pageCsp, requestHeadersWithCsp } from "@kakanai/api/page-csp";
import { type NextRequest, NextResponse } from "next/server";
import { isDevelopment } from "@/env";
import { SESSION_COOKIE } from "@/session-cookie";

/**
 * Two jobs before a page renders:
 * 1. A fresh CSP nonce per request, so only Next's own scripts run (no 'unsafe-inline', no eval;
 *    WebAssembly may compile, for the camera's QR reader).
 * 2. Without a session cookie, go straight to /login. Whether the cookie is still valid is checked by
 *    the api (auth.me) on the page; this only avoids flashing a protected screen.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname !== "/login" && !request.cookies.has(SESSION_COOKIE)) {
    return NextResponse.redirect(new URL("/login", request.url));
  }

  // WebAssembly for the camera QR reader on /scan (on every page: a client-side navigation keeps the
  // policy of the document it started in).
  const page = pageCsp({ development: isDevelopment, wasm: true });
  const response = NextResponse.next({ request: { headers: requestHeadersWithCsp(request.headers, page) } });
  response.headers.set("Content-Security-Policy", page.csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
