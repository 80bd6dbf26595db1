import { EngineError } from "./errors";

/** The schemaVersion this engine reads natively. */
export const CURRENT_SCHEMA_VERSION = 1;

/**
 * One function per hop: hops[n] turns a version-n document into version n+1. Published bundles are
 * frozen, so an old one is read by walking this chain, never by editing it. Empty while version 1
 * is the only one.
 */
const hops: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

export function migrateBundle(doc: unknown): unknown {
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return doc;
  let current = doc as Record<string, unknown>;
  let version = current.schemaVersion;
  if (version === undefined) return doc; // let the schema report the missing field
  while (typeof version === "number" && version < CURRENT_SCHEMA_VERSION) {
    const hop = hops[version];
    if (!hop) break;
    current = hop(current);
    version = current.schemaVersion;
  }
  if (version !== CURRENT_SCHEMA_VERSION) {
    throw new EngineError(
      "BUNDLE_VERSION_UNSUPPORTED",
      `このバンドルの形式 (schemaVersion: ${JSON.stringify(version)}) には対応していません。エンジンを更新してください。`,
      { schemaVersion: version },
    );
  }
  return current;
}
