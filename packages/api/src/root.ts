import { adminRouter } from "./routers/admin";
import { auditRouter } from "./routers/audit";
import { authRouter } from "./routers/auth";
import { counterRouter } from "./routers/counter";
import { flowAdminRouter } from "./routers/flow-admin";
import { formsRouter } from "./routers/forms";
import { handoffRouter } from "./routers/handoff";
import { scanRouter } from "./routers/scan";
import { setupRouter } from "./routers/setup";
import { statsRouter } from "./routers/stats";
import { studioRouter } from "./routers/studio";
import { createCallerFactory, router } from "./trpc";

/** The one router both apps serve at /api/trpc (docs/api-contract.md). */
export const appRouter = router({
  auth: authRouter,
  studio: { ...studioRouter, forms: formsRouter, flowAdmin: flowAdminRouter },
  counter: counterRouter,
  scan: scanRouter,
  admin: adminRouter,
  audit: auditRouter,
  stats: statsRouter,
  handoff: handoffRouter,
  setup: setupRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
