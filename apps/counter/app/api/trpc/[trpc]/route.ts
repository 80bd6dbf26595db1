import { createTrpcRouteHandler } from "@kakanai/api";
import { getDb, httpSettings } from "@/server/db";
import { SESSION_COOKIE } from "@/session-cookie";

const handler = createTrpcRouteHandler({ getDb, cookieName: SESSION_COOKIE, settings: httpSettings });

export { handler as GET, handler as POST };
