import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { loginStaff } from "../auth/login-staff";
import { logoutStaff } from "../auth/logout-staff";
import { resolveSessionUser } from "../auth/resolve-session-user";
import { clearSessionCookie, setSessionCookie } from "../auth/session-cookie";
import { tokenHash } from "../auth/token-hash";
import { toPublicUser } from "../auth-user";
import { storableText } from "../input-bounds";
import { roles } from "../roles";
import { publicProcedure, roleProcedure } from "../trpc";

export const loginInput = z.object({
  loginId: storableText(z.string().trim().min(1).max(100)),
  password: storableText(z.string().min(1).max(200)),
});
export type LoginInput = z.infer<typeof loginInput>;

export const authRouter = {
  login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
    const { token } = await loginStaff(ctx.db, {
      ...input,
      address: ctx.address,
      previousTokenHash: ctx.sessionTokenHash,
    });
    setSessionCookie(ctx, token);
    const user = await resolveSessionUser(ctx.db, { tokenHash: tokenHash(token), now: new Date() });
    if (!user) throw new Error("session vanished right after login");
    return { user: toPublicUser(user) };
  }),
  logout: roleProcedure(roles.anyStaff).mutation(async ({ ctx }) => {
    if (ctx.sessionTokenHash) await logoutStaff(ctx.db, { tokenHash: ctx.sessionTokenHash });
    clearSessionCookie(ctx);
    return { ok: true as const };
  }),
  me: publicProcedure.query(async ({ ctx }) => {
    const user = await ctx.loadUser();
    return user ? toPublicUser(user) : null;
  }),
} satisfies TRPCRouterRecord;
