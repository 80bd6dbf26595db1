// The app is the composition root: it opens the one pool and hands it to the api's route handler.
// Server only: imported by route handlers, never by a client component.
// biome-ignore lint/style/noRestrictedImports: only the pool factory, used here and nowhere else
import { createDb, type Db } from "@kakanai/db";
import { env } from "@/env";

// One pool per server process; kept on globalThis so dev reloads do not open a new pool each time.
const holder = globalThis as typeof globalThis & { kakanaiStudioDb?: Db };

/** Created on first use, not at import, so `next build` works without a database. */
export function getDb(): Db {
  holder.kakanaiStudioDb ??= createDb(env.databaseUrl);
  return holder.kakanaiStudioDb;
}
