import { createTrpcRouteHandler, portalAppRouter } from "@kakanai/api";
import { getDb, httpSettings, portalCity } from "@/server/db";

// Only the portal's public procedures: the staff api is not served from this app at all.
const handler = createTrpcRouteHandler({
  getDb,
  router: portalAppRouter,
  cookieName: "kk_portal",
  settings: httpSettings,
  portalCity,
});

export { handler as GET, handler as POST };
