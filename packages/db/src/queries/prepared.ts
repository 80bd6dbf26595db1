import type { Db } from "../client";

const cache = new WeakMap<Db, Map<string, unknown>>();

/**
 * A drizzle prepared query built once per pool and kept: the hot paths (every request's login check,
 * the counter's answer) skip building the SQL each call, and postgres.js parses and plans the
 * statement once per connection. Only for a pool, never a transaction (the query runs on the pool).
 */
export function preparedFor<T>(db: Db, name: string, build: (db: Db) => T): T {
  let byName = cache.get(db);
  if (!byName) {
    byName = new Map();
    cache.set(db, byName);
  }
  let prepared = byName.get(name) as T | undefined;
  if (!prepared) {
    prepared = build(db);
    byName.set(name, prepared);
  }
  return prepared;
}
