import { isConnectionError } from "@kakanai/db";
import { EngineError, type EngineErrorCode } from "@kakanai/engine";
import { PdfPoolBusy } from "@kakanai/pdf";
import { TRPCError } from "@trpc/server";
import { BundleTampered } from "./bundle-integrity";
import { DomainError, type DomainIssue } from "./domain-error";

/** Every engine failure the api can meet is something the caller can fix: a bad bundle or answer. */
const engineCodes: Record<EngineErrorCode, "BAD_REQUEST"> = {
  BUNDLE_INVALID: "BAD_REQUEST",
  BUNDLE_VERSION_UNSUPPORTED: "BAD_REQUEST",
  ANSWER_PATH_INVALID: "BAD_REQUEST",
  RULE_FAILED: "BAD_REQUEST",
  FLOW_TEST_INVALID: "BAD_REQUEST",
};

/** The one place where domain, engine and PDF-pool failures become tRPC codes; their messages are already Japanese. */
export function toTRPCError(cause: unknown): TRPCError | null {
  if (cause instanceof DomainError) return new TRPCError({ code: cause.kind, message: cause.message, cause });
  if (cause instanceof EngineError) {
    return new TRPCError({ code: engineCodes[cause.code] ?? "BAD_REQUEST", message: cause.message, cause });
  }
  // The PDF pool's queue is full (form preview, upload check): 503, try again in a few seconds.
  if (cause instanceof PdfPoolBusy)
    return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: cause.message, cause });
  // A published bundle changed after publishing: refuse to run it, and say so (never a bare 500).
  if (cause instanceof BundleTampered)
    return new TRPCError({ code: "PRECONDITION_FAILED", message: cause.message, cause });
  // The database restarted or is unreachable: nothing was saved by a failed write; retry shortly.
  if (isConnectionError(cause))
    return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: databaseUnavailableMessage, cause });
  return null;
}

/** The list behind a BAD_REQUEST (lint errors, failing flow tests, schema issues) for `data.issues`. */
export function errorIssues(cause: unknown): DomainIssue[] | undefined {
  if (cause instanceof DomainError && cause.issues.length > 0) return cause.issues;
  if (cause instanceof EngineError) {
    const issues = (cause.details as { issues?: unknown } | undefined)?.issues;
    if (Array.isArray(issues)) {
      return issues.map((i: { path?: unknown; message?: unknown }) => ({
        path: typeof i.path === "string" ? i.path : undefined,
        message: String(i.message ?? ""),
      }));
    }
    return [{ message: cause.message }];
  }
  return undefined;
}

export const databaseUnavailableMessage =
  "データベースに一時的に接続できません。数秒後にもう一度お試しください。";

export const internalErrorMessage = "サーバーで問題が発生しました。しばらくしてからもう一度お試しください。";
