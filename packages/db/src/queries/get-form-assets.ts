import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { formAssets, municipalityFormAssets } from "../schema";

/**
 * Base PDFs by sha256 that this municipality uploaded (or was granted by the migration's backfill),
 * for rendering forms. Hashes the city does not hold — missing or another city's — are simply absent
 * from the result, exactly like unknown ones, so a caller cannot tell them apart.
 */
export async function getFormAssets(
  db: DbOrTx,
  params: { municipalityId: string; sha256s: string[] },
): Promise<Record<string, Uint8Array>> {
  if (params.sha256s.length === 0) return {};
  const rows = await db
    .select({ sha256: formAssets.sha256, bytes: formAssets.bytes })
    .from(municipalityFormAssets)
    .innerJoin(formAssets, eq(formAssets.sha256, municipalityFormAssets.sha256))
    .where(
      and(
        eq(municipalityFormAssets.municipalityId, params.municipalityId),
        inArray(municipalityFormAssets.sha256, params.sha256s),
      ),
    );
  return Object.fromEntries(rows.map((r) => [r.sha256, r.bytes]));
}

/** Which of these sha256s the municipality holds, without loading the bytes (publish checks). */
export async function listFormAssetHashes(
  db: DbOrTx,
  params: { municipalityId: string; sha256s: string[] },
): Promise<Set<string>> {
  if (params.sha256s.length === 0) return new Set();
  const rows = await db
    .select({ sha256: municipalityFormAssets.sha256 })
    .from(municipalityFormAssets)
    .where(
      and(
        eq(municipalityFormAssets.municipalityId, params.municipalityId),
        inArray(municipalityFormAssets.sha256, params.sha256s),
      ),
    );
  return new Set(rows.map((r) => r.sha256));
}
