import { TRPCClientError } from "@trpc/client";

export interface ErrorIssue {
  path?: string;
  message: string;
}

export interface ReadableError {
  code: string | null;
  message: string;
  issues: ErrorIssue[];
}

const fallback = "通信に失敗しました。ネットワークを確認して、もう一度お試しください。";

/**
 * The server already speaks Japanese (error-mapping in packages/api); this only digs the message,
 * the code and the issue list out of a tRPC error so screens can show them.
 */
export function readError(error: unknown): ReadableError {
  if (error instanceof TRPCClientError) {
    const data = (error.data ?? {}) as { code?: string; issues?: unknown };
    const issues = Array.isArray(data.issues) ? data.issues.filter(isIssue) : [];
    return { code: data.code ?? null, message: error.message || fallback, issues };
  }
  return { code: null, message: fallback, issues: [] };
}

function isIssue(value: unknown): value is ErrorIssue {
  return typeof value === "object" && value !== null && typeof (value as ErrorIssue).message === "string";
}
