import { type DbOrTx, listFormAssetHashes } from "@kakanai/db";
import { type Bundle, lintBundle, parseBundle, runFlowTests } from "@kakanai/engine";
import { DomainError, type DomainIssue } from "../domain-error";

/**
 * Everything that must hold before a bundle is frozen: the schema, the lint rules and the flow's own
 * tests. Errors refuse the publish with the full list; lint warnings are returned to show.
 */
export function validateBundle(document: unknown): { bundle: Bundle; warnings: DomainIssue[] } {
  // parseBundle throws EngineError("BUNDLE_INVALID") listing each wrong place; error-mapping shows it.
  const parsed = parseBundle(document);
  const warnings: DomainIssue[] = [];
  const errors: DomainIssue[] = [];
  for (const issue of lintBundle(parsed)) {
    (issue.severity === "error" ? errors : warnings).push({ path: issue.path, message: issue.message });
  }
  runFlowTests(parsed).forEach((result, i) => {
    if (result.ok) return;
    const message = `フローテスト「${result.name}」が失敗しました。${result.message.replaceAll("\n", "、")}`;
    errors.push({ path: `tests[${i}]`, message });
  });
  if (errors.length > 0) {
    throw new DomainError("BAD_REQUEST", "公開できません。フローの問題を修正してください。", errors);
  }
  return { bundle: parsed, warnings };
}

/**
 * Every base PDF the bundle's forms name must be one this municipality uploaded: a bundle can never
 * point at another city's upload (nor at a hash nobody uploaded). Refuses with one issue per form.
 */
export async function checkBasePdfs(
  db: DbOrTx,
  params: { bundle: Bundle; municipalityId: string },
): Promise<void> {
  const sha256s = params.bundle.forms.flatMap((f) => (f.basePdfSha256 ? [f.basePdfSha256] : []));
  const held = await listFormAssetHashes(db, { municipalityId: params.municipalityId, sha256s });
  const errors: DomainIssue[] = [];
  params.bundle.forms.forEach((form, i) => {
    if (!form.basePdfSha256 || held.has(form.basePdfSha256)) return;
    errors.push({
      path: `forms[${i}].basePdfSha256`,
      message: `様式「${form.title}」（${form.key}）の元のPDFがこの市区町村にありません。様式のPDFをアップロードし直してから公開してください。`,
    });
  });
  if (errors.length > 0) {
    throw new DomainError("BAD_REQUEST", "公開できません。フローの問題を修正してください。", errors);
  }
}
