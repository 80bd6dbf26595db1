import { createHash } from "node:crypto";
import { type Bundle, parseBundle } from "@kakanai/engine";
import { canonicalJson } from "./studio/canonical-json";

/** sha256 (hex) over canonical JSON: what publish stores as a bundle's content hash. */
export function bundleContentHash(bundle: unknown): string {
  return createHash("sha256").update(canonicalJson(bundle)).digest("hex");
}

export const bundleTamperedMessage =
  "公開済みフローの内容が公開時の記録と一致しません。このフローは使用できません。システム管理者に連絡してください。";

/**
 * A published bundle whose stored document no longer hashes to the hash it was published under:
 * someone changed it in the database. Nothing is built from it; the api answers 500 with
 * bundleTamperedMessage.
 */
export class BundleTampered extends Error {
  constructor(readonly seq: number) {
    super(bundleTamperedMessage);
    this.name = "BundleTampered";
  }
}

/**
 * The parsed bundle of a published row, after checking its document against the hash it was
 * published under (the database refuses updates too; this also catches a change made around it).
 */
export function verifiedBundle(row: { seq: number; contentHash: string; document: Bundle }): Bundle {
  if (bundleContentHash(row.document) !== row.contentHash) {
    // Ids only: the document holds no personal data, but the log needs no more than this.
    console.error(`bundle integrity check failed: seq ${row.seq}, expected ${row.contentHash}`);
    throw new BundleTampered(row.seq);
  }
  return parseBundle(row.document);
}
