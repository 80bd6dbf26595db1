import { listDepartments } from "@kakanai/db";
import { flowKind } from "@kakanai/engine";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { int32Counter } from "../input-bounds";
import { roles } from "../roles";
import { editScope } from "../studio/edit-scope";
import { exportFlowBundle, importFlowBundle, importIntoDraft } from "../studio/flow-bundle-file";
import { createNewFlow, duplicateFlow } from "../studio/new-flow";
import { roleProcedure } from "../trpc";

/** A bundle file's text; the body limit (bounded-request) is the draft's, 8 MB. */
export const maxBundleFileChars = 8 * 1024 * 1024;

export const createFlowInput = z.object({
  title: z.string().trim().min(1, "フロー名を入力してください。").max(200),
  kind: flowKind,
  ownerDepartmentKey: z.string().min(1, "担当課を選んでください。").max(100),
});
export const duplicateFlowInput = z.object({ flowId: z.uuid() });
export const exportFlowInput = z.object({ flowId: z.uuid() });
export const importFlowInput = z.object({
  text: z.string().max(maxBundleFileChars, "ファイルが大きすぎます（上限 8MB）。"),
  ownerDepartmentKey: z.string().min(1, "担当課を選んでください。").max(100),
});
export const importIntoDraftInput = z.object({
  flowId: z.uuid(),
  expectedVersion: int32Counter,
  text: importFlowInput.shape.text,
});

const studioProcedure = roleProcedure(roles.studio);

/** studio.flowAdmin: making flows (from scratch, as a copy, from a bundle file) and writing them out. */
export const flowAdminRouter = {
  /** The departments this user may make the owner of a new flow (a department admin: their own). */
  owners: studioProcedure.query(async ({ ctx }) => {
    const own = editScope(ctx.user);
    const departments = await listDepartments(ctx.db, { municipalityId: ctx.user.municipalityId });
    return departments.filter((d) => own === null || d.id === own).map(({ key, name }) => ({ key, name }));
  }),
  create: studioProcedure.input(createFlowInput).mutation(({ ctx, input }) =>
    createNewFlow(ctx.db, {
      ...input,
      municipalityId: ctx.user.municipalityId,
      by: ctx.user.id,
      ownDepartmentId: editScope(ctx.user),
    }),
  ),
  duplicate: studioProcedure.input(duplicateFlowInput).mutation(({ ctx, input }) =>
    duplicateFlow(ctx.db, {
      flowId: input.flowId,
      municipalityId: ctx.user.municipalityId,
      by: ctx.user.id,
      ownDepartmentId: editScope(ctx.user),
    }),
  ),
  /** A mutation, not a query: the file can be megabytes and is fetched only when asked for. */
  exportBundle: studioProcedure
    .input(exportFlowInput)
    .mutation(({ ctx, input }) =>
      exportFlowBundle(ctx.db, { flowId: input.flowId, municipalityId: ctx.user.municipalityId }),
    ),
  importBundle: studioProcedure.input(importFlowInput).mutation(({ ctx, input }) =>
    importFlowBundle(ctx.db, {
      ...input,
      municipalityId: ctx.user.municipalityId,
      by: ctx.user.id,
      ownDepartmentId: editScope(ctx.user),
    }),
  ),
  /** A bundle file as an existing flow's new draft, refused if the draft changed since it was read. */
  importIntoDraft: studioProcedure.input(importIntoDraftInput).mutation(({ ctx, input }) =>
    importIntoDraft(ctx.db, {
      ...input,
      municipalityId: ctx.user.municipalityId,
      by: ctx.user.id,
      ownDepartmentId: editScope(ctx.user),
    }),
  ),
} satisfies TRPCRouterRecord;
