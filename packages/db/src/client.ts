import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres, { type Sql } from "postgres";
import * as schema from "./schema";

/** `$client` is the postgres.js pool: `db.$client.end()` closes it. */
export type Db = PostgresJsDatabase<typeof schema> & { $client: Sql };
/** A transaction handle; query functions accept either so callers can compose them atomically. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export interface CreateDbOptions {
  /** Pool size. Keep small: several apps and workers share one server. */
  maxConnections?: number;
}

/** One postgres.js pool wrapped by drizzle. Close it with `db.$client.end()`. */
export function createDb(url: string, options: CreateDbOptions = {}): Db {
  const client = postgres(url, {
    max: options.maxConnections ?? 5,
    // PGlite behind pglite-socket speaks the simple protocol best; prepared statements are not needed.
    prepare: false,
    onnotice: () => {},
  });
  return drizzle(client, { schema });
}
