import { portalRouter } from "./routers/portal";
import { createCallerFactory, router } from "./trpc";

/** The only router the public portal serves at its /api/trpc: `portal.*`, public procedures alone. */
export const portalAppRouter = router({ portal: portalRouter });

export type PortalRouter = typeof portalAppRouter;

export const createPortalCaller = createCallerFactory(portalAppRouter);
