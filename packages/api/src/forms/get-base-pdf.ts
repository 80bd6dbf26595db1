import { type DbOrTx, getFormAssets } from "@kakanai/db";
import type { FormDef } from "@kakanai/engine";
import { notFound } from "../domain-error";

/** A form names a base PDF its city does not hold (never uploaded here, or another city's upload). */
export function missingBasePdfMessage(form: Pick<FormDef, "key" | "title">): string {
  return `様式「${form.title}」（${form.key}）の元のPDFが見つかりません。この市区町村で様式のPDFをアップロードし直してください。`;
}

/**
 * A stored base PDF by its sha256, for placing fields over it in the studio's Designer. Only the
 * caller's city's uploads: another city's hash is NOT_FOUND, the same as a hash nobody uploaded.
 */
export async function getBasePdf(
  db: DbOrTx,
  params: { sha256: string; municipalityId: string },
): Promise<Uint8Array> {
  const bytes = (
    await getFormAssets(db, { municipalityId: params.municipalityId, sha256s: [params.sha256] })
  )[params.sha256];
  if (!bytes) throw notFound("様式のPDF");
  return bytes;
}
