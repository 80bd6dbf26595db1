import type { FlowTest } from "./bundle";

/**
 * The publish changelog's lines for flow tests, matched by name, saying exactly what moved:
 * 「フローテスト 転入: 期待する手続きを変更（P07 を外す）・期待する様式を変更（F12 1件→0件）」.
 */
export function diffFlowTests(before: FlowTest[], after: FlowTest[]): string[] {
  const old = new Map(before.map((t) => [t.name, t]));
  const now = new Map(after.map((t) => [t.name, t]));
  const lines: string[] = [];
  for (const [name, test] of now) {
    const previous = old.get(name);
    if (!previous) {
      lines.push(`フローテストを追加: ${name}`);
      continue;
    }
    const parts: string[] = [];
    if (canonical(previous.answers) !== canonical(test.answers)) parts.push("回答を変更");
    const procedures = procedureChange(previous.expectProcedures, test.expectProcedures);
    if (procedures) parts.push(`期待する手続きを変更（${procedures}）`);
    const forms = formChange(previous.expectForms, test.expectForms);
    if (forms) parts.push(`期待する様式を変更（${forms}）`);
    if (parts.length > 0) lines.push(`フローテスト ${name}: ${parts.join("・")}`);
  }
  for (const name of old.keys()) if (!now.has(name)) lines.push(`フローテストを削除: ${name}`);
  return lines;
}

function procedureChange(before: string[], after: string[]): string {
  const removed = before.filter((k) => !after.includes(k)).sort();
  const added = after.filter((k) => !before.includes(k)).sort();
  return [
    ...(added.length > 0 ? [`${added.join("・")} を加える`] : []),
    ...(removed.length > 0 ? [`${removed.join("・")} を外す`] : []),
  ].join("、");
}

function formChange(
  before: Record<string, number> | undefined,
  after: Record<string, number> | undefined,
): string {
  if (!before && !after) return "";
  if (!before) return "件数を確かめるようにした";
  if (!after) return "件数を確かめないようにした";
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys
    .filter((k) => (before[k] ?? 0) !== (after[k] ?? 0))
    .map((k) => `${k} ${before[k] ?? 0}件→${after[k] ?? 0}件`)
    .join("、");
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}
