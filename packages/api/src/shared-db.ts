import { createDb, type Db } from "@kakanai/db";

// One pool per server process and URL. Kept on globalThis so Next's dev-mode reloads do not open a
// new pool (and exhaust PostgreSQL's connections) on every edit.
const holder = globalThis as typeof globalThis & { kakanaiPools?: Map<string, Db> };

/** The apps' composition root calls this lazily, so `next build` needs no database. */
export function sharedDb(url: string): Db {
  holder.kakanaiPools ??= new Map();
  let db = holder.kakanaiPools.get(url);
  if (!db) {
    db = createDb(url, { maxConnections: 10 });
    holder.kakanaiPools.set(url, db);
  }
  return db;
}
