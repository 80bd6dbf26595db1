import { hasForbiddenCharacters } from "@kakanai/engine";
import { z } from "zod";

/** PostgreSQL `integer`: revisions, draft versions and seqs live in such columns. */
export const maxInt32 = 2_147_483_647;

/** A counter (revision, version, seq) as sent by a client: whole, not negative, fits its column. */
export const int32Counter = z
  .number()
  .int()
  .min(0)
  .max(maxInt32 - 1);

/** Text without NUL or unpaired surrogates (PostgreSQL cannot store either). */
export function storableText(schema: z.ZodString) {
  return schema.refine((text) => !hasForbiddenCharacters(text), "使用できない文字が含まれています。");
}
