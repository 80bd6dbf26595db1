import { formDef } from "@kakanai/engine";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { receptionDay } from "../counter/next-reception-number";
import { copyFormToFlow } from "../forms/copy-form";
import { formUsage } from "../forms/form-usage";
import { getBasePdf } from "../forms/get-base-pdf";
import { previewForm } from "../forms/preview-form";
import { removeForm } from "../forms/remove-form";
import { replaceFormPdf } from "../forms/replace-form-pdf";
import { maxFormPdfBase64, uploadFormPdf } from "../forms/upload-form-pdf";
import { int32Counter } from "../input-bounds";
import { roles } from "../roles";
import { editScope } from "../studio/edit-scope";
import { findFlow } from "../studio/find-flow";
import { roleProcedure } from "../trpc";

export const uploadFormInput = z.object({
  flowId: z.uuid(),
  fileName: z.string().max(1000),
  /** The PDF's bytes, base64; the limit refuses oversized files before anything is decoded. */
  dataBase64: z
    .string()
    .max(
      maxFormPdfBase64,
      "ファイルが大きすぎます（上限 10MB）。様式のページだけを保存し直してからアップロードしてください。",
    )
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "ファイルを読み取れませんでした。もう一度選び直してください。"),
});

export const previewFormInput = z.object({
  flowId: z.uuid(),
  form: formDef,
  sample: z.string().min(1).max(200),
});

/** A department's own PDF for an existing form: the form as edited (unsaved) plus the file. */
export const replaceFormPdfInput = uploadFormInput.extend({ form: formDef });

export const removeFormInput = z.object({
  flowId: z.uuid(),
  expectedVersion: int32Counter,
  formKey: z.string().min(1).max(200),
  detach: z.boolean().default(false),
});

export const formUsageInput = z.object({ flowId: z.uuid(), form: formDef });

export const copyFormInput = z.object({
  flowId: z.uuid(),
  formKey: z.string().min(1).max(200),
  targetFlowId: z.uuid(),
});

export const basePdfInput = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) });

const studioProcedure = roleProcedure(roles.studio);

/** studio.forms: bringing a department's own form PDF and checking its filled-in result. */
export const formsRouter = {
  upload: studioProcedure.input(uploadFormInput).mutation(async ({ ctx, input }) => {
    await findFlow(ctx.db, { flowId: input.flowId, municipalityId: ctx.user.municipalityId });
    const bytes = new Uint8Array(Buffer.from(input.dataBase64, "base64"));
    return uploadFormPdf(ctx.db, {
      bytes,
      fileName: input.fileName,
      municipalityId: ctx.user.municipalityId,
      uploadedBy: ctx.user.id,
    });
  }),
  /** The form moved onto the uploaded PDF; the editor puts it in its local draft (saved by 保存). */
  replacePdf: studioProcedure.input(replaceFormPdfInput).mutation(async ({ ctx, input }) => {
    await findFlow(ctx.db, { flowId: input.flowId, municipalityId: ctx.user.municipalityId });
    return replaceFormPdf(ctx.db, {
      form: input.form,
      bytes: new Uint8Array(Buffer.from(input.dataBase64, "base64")),
      fileName: input.fileName,
      municipalityId: ctx.user.municipalityId,
      uploadedBy: ctx.user.id,
    });
  }),
  /** Removes a form from the saved draft; refused while a procedure prints it unless `detach`. */
  remove: studioProcedure.input(removeFormInput).mutation(({ ctx, input }) =>
    removeForm(ctx.db, {
      ...input,
      municipalityId: ctx.user.municipalityId,
      by: ctx.user.id,
      ownDepartmentId: editScope(ctx.user),
    }),
  ),
  /** Other flows with this form, and whether its (unsaved) mapping resolves in those that print it. */
  usage: studioProcedure
    .input(formUsageInput)
    .mutation(({ ctx, input }) => formUsage(ctx.db, { ...input, municipalityId: ctx.user.municipalityId })),
  /** The saved form into another flow's saved draft (same number); refused if that flow cannot fill it. */
  copyToFlow: studioProcedure.input(copyFormInput).mutation(({ ctx, input }) =>
    copyFormToFlow(ctx.db, {
      ...input,
      municipalityId: ctx.user.municipalityId,
      by: ctx.user.id,
      ownDepartmentId: editScope(ctx.user),
    }),
  ),
  preview: studioProcedure.input(previewFormInput).mutation(async ({ ctx, input }) => {
    const pdf = await previewForm(ctx.db, {
      ...input,
      municipalityId: ctx.user.municipalityId,
      filedOn: receptionDay(new Date()),
    });
    return { pdfBase64: Buffer.from(pdf).toString("base64") };
  }),
  basePdf: studioProcedure.input(basePdfInput).query(async ({ ctx, input }) => ({
    pdfBase64: Buffer.from(
      await getBasePdf(ctx.db, { sha256: input.sha256, municipalityId: ctx.user.municipalityId }),
    ).toString("base64"),
  })),
} satisfies TRPCRouterRecord;
