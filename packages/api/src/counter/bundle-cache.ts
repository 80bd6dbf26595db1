import { type DbOrTx, getBundleDocument } from "@kakanai/db";
import type { Bundle } from "@kakanai/engine";
import { verifiedBundle } from "../bundle-integrity";
import { notFound } from "../domain-error";

/**
 * Published bundles are immutable, so each is read and parsed once per process and kept here by id
 * and content hash, most recently used last. Keyed only by what never changes, several app instances
 * can serve one database without telling each other anything. A few dozen cover every flow and
 * version a city has open at its counters (a parsed 住民異動 bundle is about 1–2 MB in memory).
 */
export const bundleCacheSize = 32;

interface Entry {
  contentHash: string;
  /** Shared by concurrent first readers: the document is fetched and parsed once. */
  bundle: Promise<Bundle>;
}

const entries = new Map<string, Entry>();

export interface BundleRef {
  id: string;
  contentHash: string;
}

/** The parsed, frozen bundle (never mutate it: every request on this process shares it). */
export function cachedBundle(db: DbOrTx, ref: BundleRef): Promise<Bundle> {
  const hit = entries.get(ref.id);
  if (hit && hit.contentHash === ref.contentHash) {
    entries.delete(ref.id);
    entries.set(ref.id, hit);
    return hit.bundle;
  }
  const entry: Entry = { contentHash: ref.contentHash, bundle: loadBundle(db, ref.id) };
  entry.bundle.catch(() => {
    if (entries.get(ref.id) === entry) entries.delete(ref.id);
  });
  entries.delete(ref.id);
  entries.set(ref.id, entry);
  for (const id of entries.keys()) {
    if (entries.size <= bundleCacheSize) break;
    entries.delete(id);
  }
  return entry.bundle;
}

/** How many bundles this process holds now (for tests). */
export function cachedBundleCount(): number {
  return entries.size;
}

async function loadBundle(db: DbOrTx, bundleId: string): Promise<Bundle> {
  const row = await getBundleDocument(db, { bundleId });
  if (!row) throw notFound("公開済みのフロー");
  return deepFreeze(verifiedBundle(row));
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
