import { createHash } from "node:crypto";
import type { DbOrTx } from "../client";
import { formAssets } from "../schema";

export interface PutFormAssetParams {
  bytes: Uint8Array;
  fileName: string;
  pageCount: number;
}

/** Content-addressed and idempotent: the same bytes twice return the same sha256 and one row. */
export async function putFormAsset(db: DbOrTx, params: PutFormAssetParams): Promise<{ sha256: string }> {
  const sha256 = createHash("sha256").update(params.bytes).digest("hex");
  await db
    .insert(formAssets)
    .values({ sha256, bytes: params.bytes, fileName: params.fileName, pageCount: params.pageCount })
    .onConflictDoNothing({ target: formAssets.sha256 });
  return { sha256 };
}
