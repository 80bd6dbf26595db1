import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { int32Counter } from "../input-bounds";
import { roles } from "../roles";
import { diffDraft, diffVersions } from "../studio/diff-versions";
import { editScope } from "../studio/edit-scope";
import { flowDraft } from "../studio/flow-draft";
import { getFlow } from "../studio/get-flow";
import { getFlowStatus } from "../studio/get-flow-status";
import { listBundles } from "../studio/list-bundles";
import { listFlows } from "../studio/list-flows";
import { publishFlow } from "../studio/publish-flow";
import {
  approvePublishRequest,
  latestPublishRequest,
  listOpenPublishRequests,
  returnPublishRequest,
  submitPublishRequest,
  withdrawPublishRequest,
} from "../studio/publish-requests";
import { saveFlow } from "../studio/save-flow";
import { roleProcedure } from "../trpc";

export const flowIdInput = z.object({ flowId: z.uuid() });
export type FlowIdInput = z.infer<typeof flowIdInput>;
export const saveFlowInput = z.object({
  flowId: z.uuid(),
  expectedVersion: int32Counter,
  draft: flowDraft,
});
export type SaveFlowInput = z.infer<typeof saveFlowInput>;
export const publishFlowInput = z.object({ flowId: z.uuid(), expectedVersion: int32Counter });
export type PublishFlowInput = z.infer<typeof publishFlowInput>;

export const diffVersionInput = z.object({ flowId: z.uuid(), seq: int32Counter.min(1) });
export type DiffVersionInput = z.infer<typeof diffVersionInput>;

const reviewComment = z.string().trim().max(2000);
export const submitRequestInput = z.object({
  flowId: z.uuid(),
  expectedVersion: int32Counter,
  comment: reviewComment.default(""),
});
export const requestIdInput = z.object({ requestId: z.uuid() });
export const approveRequestInput = requestIdInput.extend({ comment: reviewComment.default("") });
export const returnRequestInput = requestIdInput.extend({
  comment: reviewComment.min(1, "差し戻す理由を書いてください。"),
});

const studioProcedure = roleProcedure(roles.studio);
const publisherProcedure = roleProcedure(roles.publish);

export const studioRouter = {
  flows: {
    list: studioProcedure.query(({ ctx }) => listFlows(ctx.db, { municipalityId: ctx.user.municipalityId })),
    get: studioProcedure.input(flowIdInput).query(({ ctx, input }) =>
      getFlow(ctx.db, {
        flowId: input.flowId,
        municipalityId: ctx.user.municipalityId,
        ownDepartmentId: editScope(ctx.user),
      }),
    ),
    /** Polled by an open editor: the draft's version, who saved it, the newest published version. */
    status: studioProcedure.input(flowIdInput).query(({ ctx, input }) =>
      getFlowStatus(ctx.db, {
        flowId: input.flowId,
        municipalityId: ctx.user.municipalityId,
        userId: ctx.user.id,
      }),
    ),
    save: studioProcedure.input(saveFlowInput).mutation(({ ctx, input }) =>
      saveFlow(ctx.db, {
        ...input,
        municipalityId: ctx.user.municipalityId,
        by: ctx.user.id,
        ownDepartmentId: editScope(ctx.user),
      }),
    ),
    publish: publisherProcedure.input(publishFlowInput).mutation(async ({ ctx, input }) => {
      const result = await publishFlow(ctx.db, {
        ...input,
        by: ctx.user.id,
        municipalityId: ctx.user.municipalityId,
      });
      return {
        seq: result.seq,
        contentHash: result.contentHash,
        publishedAt: result.publishedAt,
        warnings: result.warnings,
      };
    }),
    bundles: studioProcedure
      .input(flowIdInput)
      .query(({ ctx, input }) =>
        listBundles(ctx.db, { flowId: input.flowId, municipalityId: ctx.user.municipalityId }),
      ),
    /** What changed in version `seq` compared with the version before it, in Japanese sentences. */
    diff: studioProcedure
      .input(diffVersionInput)
      .query(({ ctx, input }) => diffVersions(ctx.db, { ...input, municipalityId: ctx.user.municipalityId })),
    /** What publishing the saved draft would change compared with the latest published version. */
    diffDraft: studioProcedure
      .input(flowIdInput)
      .query(({ ctx, input }) =>
        diffDraft(ctx.db, { flowId: input.flowId, municipalityId: ctx.user.municipalityId }),
      ),
  },
  /** Publish approval (issue 10): a department admin submits, a publisher approves or returns. */
  review: {
    submit: roleProcedure(roles.submit)
      .input(submitRequestInput)
      .mutation(({ ctx, input }) => submitPublishRequest(ctx.db, { ...input, user: ctx.user })),
    withdraw: roleProcedure(roles.submit)
      .input(requestIdInput)
      .mutation(({ ctx, input }) => withdrawPublishRequest(ctx.db, { ...input, user: ctx.user })),
    /** The open requests of the city, newest first, for publishers to review. */
    list: publisherProcedure.query(({ ctx }) => listOpenPublishRequests(ctx.db, ctx.user)),
    /** The flow's latest request, open or decided (審査待ち／差し戻し), or null. */
    forFlow: studioProcedure
      .input(flowIdInput)
      .query(({ ctx, input }) => latestPublishRequest(ctx.db, { ...input, user: ctx.user })),
    approve: publisherProcedure.input(approveRequestInput).mutation(async ({ ctx, input }) => {
      const result = await approvePublishRequest(ctx.db, { ...input, user: ctx.user });
      return {
        seq: result.seq,
        contentHash: result.contentHash,
        publishedAt: result.publishedAt,
        warnings: result.warnings,
      };
    }),
    return: publisherProcedure
      .input(returnRequestInput)
      .mutation(({ ctx, input }) => returnPublishRequest(ctx.db, { ...input, user: ctx.user })),
  },
} satisfies TRPCRouterRecord;
