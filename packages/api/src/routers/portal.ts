import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import {
  listResidentFlows,
  portalMessages,
  portalMunicipalityId,
  residentFlow,
  submitPreApplication,
} from "../portal/pre-apply";
import { publicProcedure } from "../trpc";

// A mangled link (/apply/…) names no flow: the same words as an unknown one.
const bundleId = z.uuid(portalMessages.noFlow);
export const residentFlowInput = z.object({ bundleId });
export const submitPreApplicationInput = z.object({
  bundleId,
  /** Checked by the engine against the flow's resident questions (and bounded by the request limit). */
  answers: z.record(z.string().max(200), z.json()),
});

/**
 * The public pre-application page's procedures (apps/portal): no login. The portal serves only this
 * router (portalAppRouter), so nothing of the staff api is reachable from the internet through it.
 */
export const portalRouter = {
  flows: publicProcedure.query(async ({ ctx }) =>
    listResidentFlows(ctx.db, { municipalityId: await portalMunicipalityId(ctx.db, ctx.portalCity) }),
  ),
  flow: publicProcedure.input(residentFlowInput).query(async ({ ctx, input }) =>
    residentFlow(ctx.db, {
      bundleId: input.bundleId,
      municipalityId: await portalMunicipalityId(ctx.db, ctx.portalCity),
    }),
  ),
  submit: publicProcedure.input(submitPreApplicationInput).mutation(async ({ ctx, input }) =>
    submitPreApplication(ctx.db, {
      bundleId: input.bundleId,
      answers: input.answers,
      municipalityId: await portalMunicipalityId(ctx.db, ctx.portalCity),
      address: ctx.address,
      now: ctx.now,
    }),
  ),
} satisfies TRPCRouterRecord;
