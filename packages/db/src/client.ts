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
  /** Use named prepared statements (default true). */
  prepare?: boolean;
}

/** One postgres.js pool wrapped by drizzle. Close it with `db.$client.end()`. */
export function createDb(url: string, options: CreateDbOptions = {}): Db {
  const client = postgres(url, {
    max: options.maxConnections ?? 5,
    // Named prepared statements per connection, parsed and planned once: postgres.js' own tagged
    // templates and drizzle queries made with `.prepare()` (queries/prepared.ts). A plain drizzle
    // builder query is sent unnamed, and one with parameters costs two round trips (postgres.js
    // describes it first to learn the parameter types): keep the hot paths prepared. (PgBouncer in
    // transaction mode supports named statements from 1.21 with max_prepared_statements; see
    // docs/deploy.md.)
    prepare: options.prepare ?? true,
    onnotice: () => {},
    // Reconnect soon after the server comes back: postgres.js' default backoff grows to 20 s per
    // connection, which kept the apps failing ~10–17 s after a 1-second database restart.
    backoff: (attempt: number) => Math.min(0.1 * attempt, 1),
    // Give up on a connection attempt after 5 s instead of postgres.js' 30 s default: the database is
    // on the same machine or network. A timed-out connect is a connection error: reads retry once,
    // the clerk sees 「データベースに一時的に接続できません」 and can try again at once. (The hung
    // connects a faults run saw after a database restart were postgres.js 3.4.9's lost writes,
    // patches/postgres+3.4.9.patch; this bounds whatever else could hang a connect.)
    connect_timeout: 5,
  });
  return drizzle(client, { schema });
}
