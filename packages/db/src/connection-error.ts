/**
 * True when an error means the database connection (not the statement) failed: the server restarted,
 * shut down, refused or dropped us. Such a request did not run to completion on the server, or ran
 * and was lost with its answer; only a read may simply be repeated.
 * postgres.js reports its own codes (CONNECTION_CLOSED …) or the socket's (ECONNREFUSED …); the server
 * reports SQLSTATE class 08 (connection exception) and 57P01–57P03 (shutdown, crash, starting up).
 * drizzle wraps them in a DrizzleQueryError, so the cause chain is walked.
 */
export function isConnectionError(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== "string") continue;
    if (connectionCodes.has(code) || code.startsWith("08") || /^57P0[1-3]$/.test(code)) return true;
  }
  return false;
}

const connectionCodes = new Set([
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
]);

/**
 * Runs a read and, if the connection failed under it, once more on a fresh connection. After a
 * database restart postgres.js hands out a pooled connection the server already closed, and the first
 * statement on it fails with 57P01; the retry gets a new one. Only for reads: a write may have
 * committed before the connection dropped.
 */
export async function retryReadOnce<T>(read: () => Promise<T>, delayMs = 100): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!isConnectionError(error)) throw error;
    await new Promise((r) => setTimeout(r, delayMs));
    return read();
  }
}
