import { createPdfRouteHandler } from "@kakanai/api";
import { getDb } from "@/server/db";
import { SESSION_COOKIE } from "@/session-cookie";

export const GET = createPdfRouteHandler({ getDb, cookieName: SESSION_COOKIE, kind: "okuyami-forms" });
