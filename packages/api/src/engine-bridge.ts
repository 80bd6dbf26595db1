import type { Bundle } from "@kakanai/engine";
import * as engine from "@kakanai/engine";

/**
 * lintBundle exists in the engine but is not exported from its index yet; looked up at runtime so
 * publishing runs it as soon as it is. Replace by a direct import then, and delete this file.
 */
interface LintIssue {
  severity: "error" | "warning";
  path: string;
  message: string;
}

export const lintBundle = (engine as unknown as { lintBundle?: (bundle: Bundle) => LintIssue[] }).lintBundle;
