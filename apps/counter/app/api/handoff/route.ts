import { createHandoffRouteHandler } from "@kakanai/api";
import { getDb } from "@/server/db";

/** GET /api/handoff?from=YYYY-MM-DD&to=YYYY-MM-DD[&format=csv], Authorization: Bearer <連携用トークン>. */
export const GET = createHandoffRouteHandler({ getDb });
