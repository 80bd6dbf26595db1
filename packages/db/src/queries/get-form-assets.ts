import { inArray } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { formAssets } from "../schema";

/** Base PDFs by sha256, for rendering forms. Missing hashes are simply absent from the result. */
export async function getFormAssets(
  db: DbOrTx,
  params: { sha256s: string[] },
): Promise<Record<string, Uint8Array>> {
  if (params.sha256s.length === 0) return {};
  const rows = await db
    .select({ sha256: formAssets.sha256, bytes: formAssets.bytes })
    .from(formAssets)
    .where(inArray(formAssets.sha256, params.sha256s));
  return Object.fromEntries(rows.map((r) => [r.sha256, r.bytes]));
}
