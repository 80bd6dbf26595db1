import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import type { Context } from "./context";
import { errorIssues, internalErrorMessage, toTRPCError } from "./error-mapping";
import { passwordChangeRequired } from "./pdf/require-role";
import type { Role } from "./roles";

// Input validation errors reach people at the counter: let zod word them in Japanese.
z.config(z.locales.ja());

export interface Meta {
  /** Roles allowed to call the procedure. Public procedures set `public: true` instead. */
  roles?: readonly Role[];
  public?: boolean;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const internal = error.code === "INTERNAL_SERVER_ERROR";
      return {
        ...shape,
        // Never leak internals (SQL, stack, personal data in a driver message) to the browser, and
        // word tRPC's own refusals (unknown procedure, wrong method, batch too large) in Japanese too.
        message: internal ? internalErrorMessage : inJapanese(shape.message, error.code),
        data: {
          ...shape.data,
          stack: undefined,
          issues: errorIssues(error.cause),
          zodError: error.cause instanceof ZodError ? z.flattenError(error.cause) : null,
        },
      };
    },
  });

/** What the client sees when tRPC itself (not our code) refused a request, by code. */
const refusalMessages: Partial<Record<TRPCError["code"], string>> = {
  PARSE_ERROR: "送信されたデータを読み取れませんでした。",
  BAD_REQUEST: "リクエストの内容が正しくありません。",
  NOT_FOUND: "呼び出し先が見つかりません。",
  METHOD_NOT_SUPPORTED: "この呼び出し方には対応していません。",
  PAYLOAD_TOO_LARGE: "送信されたデータが大きすぎます。",
  UNSUPPORTED_MEDIA_TYPE: "送信形式が正しくありません（Content-Type: application/json で送ってください）。",
};

function inJapanese(message: string, code: TRPCError["code"]): string {
  if (/[ぁ-んァ-ヶ一-龠]/.test(message)) return message;
  return refusalMessages[code] ?? "リクエストを処理できませんでした。";
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Domain errors thrown anywhere below become their tRPC code here, once. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTRPCError(result.error.cause);
    if (mapped) throw mapped;
  }
  return result;
});

export const publicProcedure = t.procedure.use(mapDomainErrors).meta({ public: true });

export const protectedProcedure = t.procedure.use(mapDomainErrors).use(({ ctx, next, path }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "ログインしてください。" });
  // A password an admin issued: only auth.* (change it, log out) until the person chose their own.
  if (ctx.user.mustChangePassword && !path.startsWith("auth.")) {
    throw new TRPCError({ code: "FORBIDDEN", message: passwordChangeRequired });
  }
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** A procedure for these roles only; the roles are also recorded in meta for the audit test. */
export function roleProcedure(allowed: readonly Role[]) {
  return protectedProcedure.meta({ roles: allowed }).use(({ ctx, next }) => {
    if (!ctx.user.roles.some((r) => allowed.includes(r))) {
      throw new TRPCError({ code: "FORBIDDEN", message: "この操作を行う権限がありません。" });
    }
    return next({ ctx });
  });
}
