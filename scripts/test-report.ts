import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

/** Where each runner writes its machine-readable results, so `npm test` can print one total. */
export const VITEST_REPORT = ".vitest-report.json";
export const PLAYWRIGHT_REPORT = join("e2e", ".out", "report.json");
const WORKSPACES = ["packages/engine", "packages/pdf", "packages/db", "packages/api", "db"];

export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

export function clearReports(): void {
  for (const w of WORKSPACES) rmSync(join(w, VITEST_REPORT), { force: true });
  rmSync(PLAYWRIGHT_REPORT, { force: true });
}

/** Sums vitest's JSON reports of every workspace and Playwright's JSON report. */
export function tallyReports(): Tally {
  const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
  for (const w of WORKSPACES) {
    const file = join(w, VITEST_REPORT);
    if (!existsSync(file)) continue;
    const r = JSON.parse(readFileSync(file, "utf8")) as Record<string, number>;
    tally.passed += r.numPassedTests ?? 0;
    tally.failed += r.numFailedTests ?? 0;
    tally.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  }
  if (existsSync(PLAYWRIGHT_REPORT)) {
    const s = (JSON.parse(readFileSync(PLAYWRIGHT_REPORT, "utf8")) as { stats: Record<string, number> })
      .stats;
    tally.passed += (s.expected ?? 0) + (s.flaky ?? 0);
    tally.failed += s.unexpected ?? 0;
    tally.skipped += s.skipped ?? 0;
  }
  return tally;
}
