import { createDb, type Db } from "@kakanai/db";
import { afterAll, inject } from "vitest";

/** One small pool per test file, closed when the file is done. */
export function useTestDb(): Db {
  const db = createDb(inject("databaseUrl"), { maxConnections: 2 });
  afterAll(async () => {
    await db.$client.end();
  });
  return db;
}
