import { type Bundle, bundle } from "./bundle";
import { EngineError } from "./errors";
import { migrateBundle } from "./migrate-bundle";
import { japaneseErrorMap, summarizeIssues } from "./zod-issues";

/** How many problems the message lists; all of them are in `details`. */
const MESSAGE_ISSUES = 5;

/**
 * Reads a bundle document (migrating older schema versions) and validates it. On failure throws
 * EngineError("BUNDLE_INVALID") whose message names each wrong place:
 * 「procedures[3].departmentKey: 必須です」.
 */
export function parseBundle(json: unknown): Bundle {
  const result = bundle.safeParse(migrateBundle(json), { error: japaneseErrorMap });
  if (result.success) return result.data;
  const issues = summarizeIssues(result.error);
  const lines = issues.slice(0, MESSAGE_ISSUES).map((i) => `${i.path}: ${i.message}`);
  if (issues.length > MESSAGE_ISSUES) lines.push(`ほか${issues.length - MESSAGE_ISSUES}件`);
  throw new EngineError("BUNDLE_INVALID", `バンドルが正しくありません。\n${lines.join("\n")}`, { issues });
}
