import { type Bundle, parseBundle, runFlowTests } from "@kakanai/engine";
import { DomainError, type DomainIssue } from "../domain-error";
import { lintBundle } from "../engine-bridge";

/**
 * Everything that must hold before a bundle is frozen: the schema, the lint rules and the flow's own
 * tests. Errors refuse the publish with the full list; lint warnings are returned to show.
 */
export function validateBundle(document: unknown): { bundle: Bundle; warnings: DomainIssue[] } {
  // parseBundle throws EngineError("BUNDLE_INVALID") listing each wrong place; error-mapping shows it.
  const parsed = parseBundle(document);
  const warnings: DomainIssue[] = [];
  const errors: DomainIssue[] = [];
  for (const issue of lintBundle?.(parsed) ?? []) {
    (issue.severity === "error" ? errors : warnings).push({ path: issue.path, message: issue.message });
  }
  for (const result of runFlowTests(parsed)) {
    if (!result.ok)
      errors.push({ message: `フローテスト「${result.name}」が失敗しました。${result.message}` });
  }
  if (errors.length > 0) {
    throw new DomainError("BAD_REQUEST", "公開できません。フローの問題を修正してください。", errors);
  }
  return { bundle: parsed, warnings };
}
