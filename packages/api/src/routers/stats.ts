import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { statisticsCsv, statisticsOverview } from "../stats/statistics";
import { roleProcedure } from "../trpc";

/** Statistics are for department admins (their department) and system admins (the city). */
const statsProcedure = roleProcedure(["dept_admin", "system_admin"]);

const day = z.iso.date("日付は YYYY-MM-DD で指定してください。");
export const statsQueryInput = z.object({
  fromDay: day,
  toDay: day,
  bucket: z.enum(["day", "week", "month"], "集計の単位が正しくありません。"),
  departmentKey: z.string().min(1).max(50).optional(),
});
export type StatsQueryInput = z.infer<typeof statsQueryInput>;

export const statsRouter = {
  overview: statsProcedure
    .input(statsQueryInput)
    .query(({ ctx, input }) => statisticsOverview(ctx.db, { user: ctx.user, query: input })),
  /** A mutation: the export is an audit row. */
  exportCsv: statsProcedure
    .input(statsQueryInput)
    .mutation(({ ctx, input }) => statisticsCsv(ctx.db, { user: ctx.user, query: input })),
} satisfies TRPCRouterRecord;
