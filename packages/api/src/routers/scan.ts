import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { roles } from "../roles";
import { resolveSlip } from "../scan/resolve-slip";
import { roleProcedure } from "../trpc";

export const resolveSlipInput = z.object({
  code: z.string().min(1).max(200),
  /** Only for staff without a department of their own (system admin): which department's view. */
  departmentKey: z.string().min(1).max(50).optional(),
});
export type ResolveSlipInput = z.infer<typeof resolveSlipInput>;

export const scanRouter = {
  resolve: roleProcedure(roles.scan)
    .input(resolveSlipInput)
    .mutation(({ ctx, input }) => resolveSlip(ctx.db, { ...input, user: ctx.user })),
} satisfies TRPCRouterRecord;
