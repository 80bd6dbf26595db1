import type { PortalRouter } from "@kakanai/api";
import { createTRPCContext } from "@trpc/tanstack-react-query";

export const { TRPCProvider, useTRPC } = createTRPCContext<PortalRouter>();
