import { createHash } from "node:crypto";
import type { DbOrTx } from "../client";
import { formAssets, municipalityFormAssets } from "../schema";

export interface PutFormAssetParams {
  /** The city uploading it: only this city (and others that upload the same bytes) may read it. */
  municipalityId: string;
  /** Staff who uploaded it; omitted (null) for the seed. */
  uploadedBy?: string | null;
  bytes: Uint8Array;
  fileName: string;
  pageCount: number;
}

/**
 * Content-addressed and idempotent: the same bytes twice return the same sha256 and one row. The
 * city's right to read the bytes (municipality_form_assets) is recorded in the same transaction; a
 * second upload by the same city keeps the first record.
 */
export async function putFormAsset(db: DbOrTx, params: PutFormAssetParams): Promise<{ sha256: string }> {
  const sha256 = createHash("sha256").update(params.bytes).digest("hex");
  await db.transaction(async (tx) => {
    await tx
      .insert(formAssets)
      .values({ sha256, bytes: params.bytes, fileName: params.fileName, pageCount: params.pageCount })
      .onConflictDoNothing({ target: formAssets.sha256 });
    await tx
      .insert(municipalityFormAssets)
      .values({
        municipalityId: params.municipalityId,
        sha256,
        fileName: params.fileName,
        uploadedBy: params.uploadedBy ?? null,
      })
      .onConflictDoNothing({
        target: [municipalityFormAssets.municipalityId, municipalityFormAssets.sha256],
      });
  });
  return { sha256 };
}
