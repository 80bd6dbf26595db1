import { type NextRequest, NextResponse } from "next/server";

/** Must match the cookieName given to the tRPC route handler. */
const sessionCookie = "kk_studio";

/**
 * Without a session cookie nobody can be logged in, so send them to /login before rendering.
 * A cookie that exists but has expired is caught client-side by AuthGate (auth.me → null).
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(sessionCookie)) return NextResponse.next();
  return NextResponse.redirect(new URL("/login", request.url));
}

export const config = {
  // Everything except the login page, the first start (/setup), the API and Next's own assets.
  matcher: ["/((?!login|setup|api|_next/static|_next/image|favicon.ico).*)"],
};
