import { pageCsp, requestHeadersWithCsp } from "@kakanai/api/page-csp";
import { type NextRequest, NextResponse } from "next/server";
import { isDevelopment } from "@/env";

/** Must match the cookieName given to the tRPC route handler. */
const sessionCookie = "kk_studio";

/** Pages anyone may open: the login and the first start. */
const publicPages = /^\/(login|setup)(\/|$)/;

/**
 * Two jobs before a page renders:
 * 1. A fresh CSP nonce per request, so only Next's own scripts run: an injected inline script (an
 *    XSS in a flow title, say) is refused by the browser. No 'unsafe-inline', no 'unsafe-eval'.
 * 2. Without a session cookie nobody can be logged in, so send them to /login before rendering.
 *    A cookie that exists but has expired is caught client-side by AuthGate (auth.me → null).
 */
export function proxy(request: NextRequest) {
  if (!publicPages.test(request.nextUrl.pathname) && !request.cookies.has(sessionCookie)) {
    return NextResponse.redirect(new URL("/login", request.url));
  }
  const page = pageCsp({
    development: isDevelopment,
    // pdf.js (in the pdfme Designer) runs in a worker from a blob: URL; the form preview shows the
    // generated PDF in an iframe from a blob: URL.
    extra: ["worker-src 'self' blob:", "frame-src 'self' blob:"],
    connect: "data: blob:",
  });
  const response = NextResponse.next({ request: { headers: requestHeadersWithCsp(request.headers, page) } });
  response.headers.set("Content-Security-Policy", page.csp);
  return response;
}

export const config = {
  matcher: [
    {
      // Every page (the login and /setup too); not the API, which has its own headers, nor Next's assets.
      source: "/((?!api|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
