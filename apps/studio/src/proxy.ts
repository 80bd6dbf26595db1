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
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

/** The studio's page policy (next.config.ts adds frame-ancestors-only CSP to the API routes). */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    // The pdfme Designer and tiptap set style attributes and inject <style>: styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // pdf.js (in the pdfme Designer) renders the base PDF in a worker it starts from a blob: URL.
    "worker-src 'self' blob:",
    // The form preview shows the generated PDF in an iframe from a blob: URL.
    "frame-src 'self' blob:",
    `connect-src 'self' data: blob:${isDevelopment ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
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
