import type { TRPCRouterRecord } from "@trpc/server";
import { createFirstCity, firstStartInput, needsFirstStart } from "../setup/first-start";
import { publicProcedure } from "../trpc";

/**
 * The studio's first-start screen (/setup). Public, because nobody can log in yet; it does anything
 * only while the database has no staff account, and createFirstCity makes that true exactly once.
 */
export const setupRouter = {
  status: publicProcedure.query(async ({ ctx }) => ({ needed: await needsFirstStart(ctx.db) })),
  createFirstCity: publicProcedure.input(firstStartInput).mutation(async ({ ctx, input }) => {
    await createFirstCity(ctx.db, input);
    return { ok: true as const, loginId: input.loginId };
  }),
} satisfies TRPCRouterRecord;
