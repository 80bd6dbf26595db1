import { formDef } from "@kakanai/engine";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { receptionDay } from "../counter/next-reception-number";
import { getBasePdf } from "../forms/get-base-pdf";
import { previewForm } from "../forms/preview-form";
import { maxFormPdfBase64, uploadFormPdf } from "../forms/upload-form-pdf";
import { roles } from "../roles";
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
