import { TRPCClientError } from "@trpc/client";
import { readError } from "@/lib/trpc-error";

export interface FormError {
  message: string;
  /** Field name → message, shown next to the field. */
  fields: Record<string, string>;
}

/**
 * A mutation error as a form shows it: the field messages (zod's, worded in routers/admin.ts, or a
 * domain issue such as a taken login id) next to their fields, and one sentence above the buttons.
 * zod's own message is a JSON list, so it is never shown as is.
 */
export function formError(error: unknown): FormError | null {
  if (!error) return null;
  const readable = readError(error);
  const fields: Record<string, string> = {};
  for (const issue of readable.issues)
    if (issue.path && !fields[issue.path]) fields[issue.path] = issue.message;
  const zod =
    error instanceof TRPCClientError ? (error.data as { zodError?: unknown } | undefined)?.zodError : null;
  const flat = zod as { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> } | null;
  for (const [path, messages] of Object.entries(flat?.fieldErrors ?? {})) {
    if (messages?.[0] && !fields[path]) fields[path] = messages[0];
  }
  if (flat) return { message: flat.formErrors?.[0] ?? "入力内容を確認してください。", fields };
  return { message: readable.message, fields };
}
