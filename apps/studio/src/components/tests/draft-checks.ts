import {
  type Bundle,
  type Department,
  type FlowTestResult,
  type LintIssue,
  lintBundle,
  parseBundle,
  runFlowTests,
} from "@kakanai/engine";
import type { FlowDraft } from "@/lib/flow-draft";

export type ComposedBundle = { ok: true; bundle: Bundle } | { ok: false; message: string };

/**
 * The draft as it would be published (schemaVersion + the city's departments), checked by the same
 * engine the server runs, so the studio can show before saving what publishing would refuse.
 */
export function composeBundle(draft: FlowDraft, departments: Department[]): ComposedBundle {
  try {
    return { ok: true, bundle: parseBundle({ ...draft, schemaVersion: 1, departments }) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

export interface DraftChecks {
  /** Set when the draft is not a valid bundle at all (then nothing else could run). */
  invalid: string | null;
  tests: FlowTestResult[];
  errors: LintIssue[];
  warnings: LintIssue[];
  failedTests: FlowTestResult[];
}

export function checkDraft(draft: FlowDraft, departments: Department[]): DraftChecks {
  const composed = composeBundle(draft, departments);
  if (!composed.ok)
    return { invalid: composed.message, tests: [], errors: [], warnings: [], failedTests: [] };
  const lint = lintBundle(composed.bundle);
  const tests = runFlowTests(composed.bundle);
  return {
    invalid: null,
    tests,
    errors: lint.filter((i) => i.severity === "error"),
    warnings: lint.filter((i) => i.severity !== "error"),
    failedTests: tests.filter((t) => !t.ok),
  };
}

/** 「39件中39件 成功」, or with the failures counted too. */
export function testSummary(results: FlowTestResult[]): string {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  return `${results.length}件中${passed}件 成功${failed > 0 ? `・${failed}件 失敗` : ""}`;
}
