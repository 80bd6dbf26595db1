/**
 * What `npm start` does to its database before the apps start: migrate, then the demo city 東雲市
 * only where it belongs — the embedded database (a trial on one machine, as the README promises) or
 * KAKANAI_DEMO=1 — never into a city's server by default: the demo's accounts share the published
 * password `shinonome` and one of them is a system admin.
 */
import { needsFirstStart } from "@kakanai/api";
import { createDb } from "@kakanai/db";
import { migrateDatabase } from "../db/migrate";
import { seedDemoCityOnce } from "../db/seed";

export interface PrepareOptions {
  /** The database is the embedded one npm start runs itself (DATABASE_URL unset). */
  embedded: boolean;
  /** KAKANAI_DEMO: "1" seeds the demo anywhere, "0" nowhere; unset: only the embedded database. */
  demo: string | undefined;
}

export interface Prepared {
  /** The demo city is in this database (seeded now or before). */
  demo: boolean;
  seededNow: boolean;
  /** No staff account yet: the first start (`npm run setup` or the studio's /setup) is still to do. */
  needsSetup: boolean;
}

export function wantsDemo(opts: PrepareOptions): boolean {
  return opts.demo === "1" || (opts.embedded && opts.demo !== "0");
}

export async function prepareDatabase(url: string, opts: PrepareOptions): Promise<Prepared> {
  await migrateDatabase(url);
  const demo = wantsDemo(opts);
  const seededNow = demo ? await seedDemoCityOnce(url) : false;
  const db = createDb(url, { maxConnections: 1 });
  try {
    return { demo, seededNow, needsSetup: await needsFirstStart(db) };
  } finally {
    await db.$client.end();
  }
}
