import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { createDb, findMunicipalityByName } from "@kakanai/db";
import { DEMO_MUNICIPALITY } from "@kakanai/demo-city";
import { seedDemoCity } from "../../db/seed";
import { RUN_FILE, type RunInfo } from "./run-info";

/**
 * Gives the walk-through its own copy of the demo city: the real 東雲市 on a fresh database (CI, and
 * `npm test` on the embedded database), otherwise a uniquely named copy with prefixed logins, so a
 * developer's database never makes the run pass or fail.
 */
export default async function globalSetup() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("e2e needs DATABASE_URL (npm test sets it)");
  const db = createDb(url, { maxConnections: 2 });
  try {
    const fresh = !(await findMunicipalityByName(db, { name: DEMO_MUNICIPALITY }));
    // The run's id from playwright.config.ts (the portal serves the copy named with it).
    const id = process.env.E2E_RUN_ID ?? Date.now().toString(36);
    const seeded = await seedDemoCity(
      db,
      fresh ? {} : { municipalityName: `${DEMO_MUNICIPALITY} (e2e ${id})`, loginPrefix: `e2e${id}-` },
    );
    const info: RunInfo = { loginPrefix: seeded.loginPrefix, municipalityId: seeded.municipalityId };
    mkdirSync(dirname(RUN_FILE), { recursive: true });
    writeFileSync(RUN_FILE, JSON.stringify(info));
  } finally {
    await db.$client.end();
  }
}
