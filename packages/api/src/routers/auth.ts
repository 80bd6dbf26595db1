import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { loginStaff } from "../auth/login-staff";
import { logoutStaff } from "../auth/logout-staff";
import { resolveSessionUser } from "../auth/resolve-session-user";
import { clearSessionCookie, setSessionCookie } from "../auth/session-cookie";
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
    const session = await resolveSessionUser(ctx.db, { token, now: new Date() });
    if (!session) throw new Error("session vanished right after login");
    return { user: toPublicUser(session.user) };
  }),
  logout: roleProcedure(roles.anyStaff).mutation(async ({ ctx }) => {
    if (ctx.sessionTokenHash) await logoutStaff(ctx.db, { tokenHash: ctx.sessionTokenHash });
    clearSessionCookie(ctx);
    return { ok: true as const };
  }),
  me: publicProcedure.query(({ ctx }) => (ctx.user ? toPublicUser(ctx.user) : null)),
} satisfies TRPCRouterRecord;
