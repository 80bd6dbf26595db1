import { createPdfRouteHandler } from "@kakanai/api";
import { getDb, httpSettings } from "@/server/db";
import { SESSION_COOKIE } from "@/session-cookie";

export const GET = createPdfRouteHandler({
  getDb,
  cookieName: SESSION_COOKIE,
  settings: httpSettings,
  kind: "todoke",
});
