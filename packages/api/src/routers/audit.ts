import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { exportAuditCsv, listAudit } from "../audit/read-audit";
import { roleProcedure } from "../trpc";

/** The audit log is read by the system admin only (../shared/docs/security.md). */
const auditProcedure = roleProcedure(["system_admin"]);

const day = z.iso.date("日付は YYYY-MM-DD で指定してください。");

export const auditFilterInput = z
  .object({
    staffId: z.uuid("職員の指定が正しくありません。").optional(),
    departmentId: z.uuid("部署の指定が正しくありません。").optional(),
    action: z
      .string()
      .regex(/^[a-z_]+\.[a-z_]+$/, "操作の指定が正しくありません。")
      .optional(),
    fromDay: day.optional(),
    toDay: day.optional(),
  })
  .refine((f) => !f.fromDay || !f.toDay || f.fromDay <= f.toDay, {
    message: "期間の終わりは始まり以降の日付にしてください。",
    path: ["toDay"],
  });
export type AuditFilterInput = z.infer<typeof auditFilterInput>;

export const auditRouter = {
  list: auditProcedure
    .input(z.object({ filter: auditFilterInput, beforeId: z.number().int().positive().optional() }))
    .query(({ ctx, input }) => listAudit(ctx.db, { user: ctx.user, ...input })),
  /** A mutation: it writes its own audit row. */
  exportCsv: auditProcedure
    .input(z.object({ filter: auditFilterInput }))
    .mutation(({ ctx, input }) => exportAuditCsv(ctx.db, { user: ctx.user, filter: input.filter })),
} satisfies TRPCRouterRecord;
