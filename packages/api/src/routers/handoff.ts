import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { handoffFile, integrationTokens, issueIntegrationToken, revokeToken } from "../handoff/handoff";
import { storableText } from "../input-bounds";
import { roleProcedure } from "../trpc";

/** Hand-off to the 基幹系 is the system admin's (../shared/docs/security.md). */
const handoffProcedure = roleProcedure(["system_admin"]);
const day = z.iso.date("日付は YYYY-MM-DD で指定してください。");

export const handoffRouter = {
  tokens: handoffProcedure.query(({ ctx }) => integrationTokens(ctx.db, { user: ctx.user })),
  createToken: handoffProcedure
    .input(
      z.object({
        name: storableText(
          z
            .string()
            .trim()
            .min(1, "連携先の名前を入力してください。")
            .max(50, "連携先の名前は50文字以内にしてください。"),
        ),
      }),
    )
    .mutation(({ ctx, input }) => issueIntegrationToken(ctx.db, { user: ctx.user, name: input.name })),
  revokeToken: handoffProcedure
    .input(z.object({ id: z.uuid("トークンの指定が正しくありません。") }))
    .mutation(({ ctx, input }) => revokeToken(ctx.db, { user: ctx.user, id: input.id })),
  /** A mutation: the export of residents' data is an audit row. */
  exportFile: handoffProcedure
    .input(z.object({ fromDay: day, toDay: day, format: z.enum(["json", "csv"]) }))
    .mutation(({ ctx, input }) => handoffFile(ctx.db, { user: ctx.user, query: input })),
} satisfies TRPCRouterRecord;
