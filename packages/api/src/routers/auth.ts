import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { changeOwnPassword } from "../auth/change-password";
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

const typedPassword = (missing: string) =>
  storableText(z.string().min(1, missing).max(200, "パスワードは200文字以内にしてください。"));

export const changePasswordInput = z.object({
  currentPassword: typedPassword("現在のパスワードを入力してください。"),
  newPassword: typedPassword("新しいパスワードを入力してください。"),
  confirmPassword: typedPassword("確認のため、新しいパスワードをもう一度入力してください。"),
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

export const authRouter = {
  login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
    const { token } = await loginStaff(ctx.db, {
      ...input,
      address: ctx.address,
      previousTokenHash: ctx.sessionTokenHash,
      idleMs: ctx.sessionIdleMs,
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
  /** The logged-in person's own password; every other session of the account ends. */
  changePassword: roleProcedure(roles.anyStaff)
    .input(changePasswordInput)
    .mutation(async ({ ctx, input }) => {
      const { endedSessions } = await changeOwnPassword(ctx.db, {
        ...input,
        user: ctx.user,
        sessionTokenHash: ctx.sessionTokenHash ?? "",
        address: ctx.address,
      });
      return { ok: true as const, endedSessions };
    }),
} satisfies TRPCRouterRecord;
