import { createDb, type Db } from "@kakanai/db";
import { afterAll, inject } from "vitest";
// Types only: the global setup (shared with packages/db) declares the `databaseUrl` it provides.
import type {} from "../../db/test/global-setup";

/** One small pool per test file, closed when the file is done. */
export function useTestDb(): Db {
  const db = createDb(inject("databaseUrl"), { maxConnections: 2 });
  afterAll(async () => {
    await db.$client.end();
  });
  return db;
}
