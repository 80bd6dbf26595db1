import { createRequire } from "node:module";
import { defineConfig } from "@playwright/test";

/**
 * The browser walk-through runs the production builds of the three apps on their own ports, so it never
 * collides with a developer's `npm start`, against DATABASE_URL (set by `npm test`).
 */
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
// Other ports (E2E_STUDIO_PORT, E2E_COUNTER_PORT) let two checkouts run their walk-throughs at once.
const studioPort = Number(process.env.E2E_STUDIO_PORT ?? 3100);
const counterPort = Number(process.env.E2E_COUNTER_PORT ?? 3101);
const portalPort = Number(process.env.E2E_PORTAL_PORT ?? 3102);
export const STUDIO_URL = `http://localhost:${studioPort}`;
export const COUNTER_URL = `http://localhost:${counterPort}`;
export const PORTAL_URL = `http://localhost:${portalPort}`;
// One id per run, fixed before the web servers start: global-setup names its copy of the demo city
// with it (on a database that has 東雲市 already), and the portal serves that copy, else 東雲市.
process.env.E2E_RUN_ID ??= Date.now().toString(36);
const portalCity = process.env.E2E_PORTAL_CITY ?? `東雲市 (e2e ${process.env.E2E_RUN_ID})|東雲市`;

export default defineConfig({
  testDir: "./tests",
  outputDir: "./.out/test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  // list for people; json for the total that `npm test` prints.
  reporter: [["list"], ["json", { outputFile: ".out/report.json" }]],
  globalSetup: "./support/global-setup.ts",
  use: {
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    viewport: { width: 1366, height: 900 },
    acceptDownloads: true,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
      ],
    },
  },
  webServer: [
    {
      command: `node ${nextBin} start -p ${studioPort}`,
      cwd: "../apps/studio",
      url: `${STUDIO_URL}/login`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { NEXT_TELEMETRY_DISABLED: "1" },
    },
    {
      command: `node ${nextBin} start -p ${counterPort}`,
      cwd: "../apps/counter",
      url: `${COUNTER_URL}/login`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { NEXT_TELEMETRY_DISABLED: "1" },
    },
    {
      // The residents' portal serves this run's city (see portalCity), or E2E_PORTAL_CITY.
      command: `node ${nextBin} start -p ${portalPort}`,
      cwd: "../apps/portal",
      url: PORTAL_URL,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { NEXT_TELEMETRY_DISABLED: "1", KAKANAI_PORTAL_CITY: portalCity },
    },
  ],
});
