import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import { resolveSessionUserAndReception } from "./auth/resolve-session-user";
import type { AuthUser } from "./auth-user";
import type { Context } from "./context";
import { requireHeld, type SessionRecord } from "./counter/find-session";
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
        message: internal
          ? internalErrorMessage
          : error.cause instanceof ZodError
            ? inputRefusal(error.cause)
            : inJapanese(shape.message, error.code),
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

/**
 * A refused input in the words of its schema (zod's Japanese locale, or the procedure's own message),
 * not zod's JSON dump of the issues, which a resident would otherwise read on the portal.
 */
function inputRefusal(error: ZodError): string {
  const messages = [...new Set(error.issues.map((issue) => issue.message))];
  return messages.length > 0 ? messages.join(" ") : (refusalMessages.BAD_REQUEST ?? "");
}

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

const unauthorized = () => new TRPCError({ code: "UNAUTHORIZED", message: "ログインしてください。" });

/**
 * The user, if they hold one of the allowed roles (a refusal otherwise). A password an admin issued
 * allows only auth.* (change it, log out) until the person has chosen their own.
 */
function withRole(user: AuthUser | null, allowed: readonly Role[] | undefined, path: string): AuthUser {
  if (!user) throw unauthorized();
  if (user.mustChangePassword && !path.startsWith("auth.")) {
    throw new TRPCError({ code: "FORBIDDEN", message: passwordChangeRequired });
  }
  if (allowed && !user.roles.some((r) => allowed.includes(r))) {
    throw new TRPCError({ code: "FORBIDDEN", message: "この操作を行う権限がありません。" });
  }
  return user;
}

export const protectedProcedure = t.procedure.use(mapDomainErrors).use(async ({ ctx, next, path }) => {
  const user = withRole(await ctx.loadUser(), undefined, path);
  return next({ ctx: { ...ctx, user } });
});

/** A procedure for these roles only; the roles are also recorded in meta for the audit test. */
export function roleProcedure(allowed: readonly Role[]) {
  return protectedProcedure.meta({ roles: allowed }).use(({ ctx, next, path }) => {
    withRole(ctx.user, allowed, path);
    return next({ ctx });
  });
}

/**
 * roleProcedure for a call on one counter session (`sessionId` in its input), the counter's answer
 * path: the login and the reception are read in one statement, one database round trip fewer. The
 * procedure gets the reception as `ctx.reception` — null when it is unknown or another city's, or
 * not the session the parsed input names — and must refuse that (NOT_FOUND); a reception another
 * clerk holds is refused FORBIDDEN by `ctx.reception` itself. The refusals come in
 * the same order as roleProcedure's: not logged in, wrong role, then the input.
 */
export function receptionRoleProcedure(allowed: readonly Role[]) {
  return t.procedure
    .use(mapDomainErrors)
    .meta({ roles: allowed })
    .use(async ({ ctx, next, getRawInput, path }) => {
      const sessionId = uuidOf(await getRawInput());
      const read =
        ctx.sessionTokenHash && sessionId
          ? await resolveSessionUserAndReception(ctx.db, {
              tokenHash: ctx.sessionTokenHash,
              now: ctx.now,
              sessionId,
              idleMs: ctx.sessionIdleMs,
            })
          : { user: await ctx.loadUser(), session: null };
      const user = withRole(read.user, allowed, path);
      // The same row says who holds the reception: someone else's is refused, not read (no extra query).
      const reception = (id: string): SessionRecord | null =>
        read.session && read.session.id === id.toLowerCase() ? requireHeld(read.session, user) : null;
      return next({ ctx: { ...ctx, user, reception } });
    });
}

const uuid = z.uuid();

/** The raw input's sessionId when it is a well-formed UUID (anything else is the input parser's to refuse). */
function uuidOf(raw: unknown): string | null {
  const id = raw && typeof raw === "object" ? (raw as { sessionId?: unknown }).sessionId : undefined;
  return typeof id === "string" && uuid.safeParse(id).success ? id.toLowerCase() : null;
}
