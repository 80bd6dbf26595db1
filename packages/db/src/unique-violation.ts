/**
 * The name of the unique constraint a failed insert or update violated (SQLSTATE 23505), or null.
 * drizzle wraps postgres.js' error in a DrizzleQueryError, so the cause chain is walked.
 */
export function uniqueViolation(error: unknown): string | null {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint_name: constraint } = e as { code?: unknown; constraint_name?: unknown };
    if (code === "23505") return typeof constraint === "string" ? constraint : "";
  }
  return null;
}
