import { createTrpcRouteHandler } from "@kakanai/api";
import { getDb, httpSettings } from "@/server/db";

// Sessions and drafts are per request; never cache or prerender this route.
export const dynamic = "force-dynamic";

const handler = createTrpcRouteHandler({ getDb, cookieName: "kk_studio", settings: httpSettings });

export { handler as GET, handler as POST };
