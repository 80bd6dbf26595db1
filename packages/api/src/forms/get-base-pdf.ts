import { type DbOrTx, getFormAssets } from "@kakanai/db";
import { notFound } from "../domain-error";

/** A stored base PDF by its sha256, for placing fields over it in the studio's Designer. */
export async function getBasePdf(db: DbOrTx, params: { sha256: string }): Promise<Uint8Array> {
  const bytes = (await getFormAssets(db, { sha256s: [params.sha256] }))[params.sha256];
  if (!bytes) throw notFound("様式のPDF");
  return bytes;
}
