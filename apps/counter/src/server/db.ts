// The app is the composition root: it opens the one pool and hands it to the api's route handlers.
// Nothing else in the counter touches the database.
// biome-ignore lint/style/noRestrictedImports: only the pool factory, used here and nowhere else
import { createDb, type Db } from "@kakanai/db";
import { serverEnv } from "@/env";

// One pool per server process. Kept on globalThis so dev-mode hot reloads do not open a new pool
// (and exhaust PostgreSQL's connections) on every edit.
const holder = globalThis as unknown as { kakanaiCounterDb?: Db };

export function getDb(): Db {
  holder.kakanaiCounterDb ??= createDb(serverEnv().DATABASE_URL);
  return holder.kakanaiCounterDb;
}
