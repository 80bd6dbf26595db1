import { pageCsp, requestHeadersWithCsp } from "@kakanai/api/page-csp";
import { type NextRequest, NextResponse } from "next/server";
import { isDevelopment } from "@/env";

/** A fresh CSP nonce per page request, so only Next's own scripts run (no 'unsafe-inline', no eval). */
export function proxy(request: NextRequest) {
  const page = pageCsp({ development: isDevelopment });
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
