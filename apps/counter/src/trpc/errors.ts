import { TRPCClientError } from "@trpc/client";

/** The tRPC error code (CONFLICT, UNAUTHORIZED, …) or null for a network failure / unknown error. */
export function errorCode(error: unknown): string | null {
  if (error instanceof TRPCClientError) {
    const code = (error.data as { code?: unknown } | undefined)?.code;
    return typeof code === "string" ? code : null;
  }
  return null;
}

/** The server already words its errors in Japanese for people; network failures get our own text. */
export function errorMessage(error: unknown): string {
  if (error instanceof TRPCClientError && errorCode(error)) return error.message;
  return "サーバーに接続できませんでした。ネットワークの接続を確認して、もう一度お試しください。";
}

export function isNetworkError(error: unknown): boolean {
  return errorCode(error) === null;
}

/** Only failures that may pass on their own are retried; a 4xx answer would be the same again. */
export function isRetryable(error: unknown): boolean {
  const code = errorCode(error);
  return code === null || code === "INTERNAL_SERVER_ERROR" || code === "TIMEOUT";
}
