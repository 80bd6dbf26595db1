import type { Bundle } from "./bundle";
import { diffFlowTests } from "./diff-flow-tests";

/**
 * What changed between two published versions, in Japanese, one line per change, for the publish
 * changelog: 「手続き P11（介護保険）: 世帯員の条件を変更」. Items are matched by their stable keys/ids.
 */
export function diffBundles(before: Bundle, after: Bundle): string[] {
  const lines: string[] = [];
  if (before.flow.title !== after.flow.title)
    lines.push(`フロー名を「${before.flow.title}」から「${after.flow.title}」に変更`);
  if (!same(before.flow.referenceDate, after.flow.referenceDate)) lines.push("基準日の決め方を変更");
  if (!same(before.postalCodes ?? {}, after.postalCodes ?? {})) lines.push("郵便番号表を変更");
  lines.push(
    ...diffList(
      "部署",
      before.departments,
      after.departments,
      (d) => d.key,
      (d) => d.name,
      ["name", "counter"],
    ),
    ...diffList(
      "質問",
      flatQuestions(before),
      flatQuestions(after),
      (q) => q.id,
      (q) => q.label,
      QUESTION_FIELDS,
    ),
    ...diffList(
      "計算値",
      before.computed,
      after.computed,
      (c) => c.key,
      (c) => c.key,
      ["expr"],
    ),
    ...diffList(
      "手続き",
      before.procedures,
      after.procedures,
      (p) => p.key,
      (p) => `${p.key}（${p.title}）`,
      PROCEDURE_FIELDS,
    ),
    ...diffList(
      "様式",
      before.forms,
      after.forms,
      (f) => f.key,
      (f) => `${f.key}（${f.title}）`,
      FORM_FIELDS,
    ),
    ...diffFlowTests(before.tests, after.tests),
  );
  const order = (b: Bundle) => b.questions.map((q) => q.id).join("\n");
  if (order(before) !== order(after) && lines.every((l) => !l.startsWith("質問を")))
    lines.push("質問の順番を変更");
  // The slip lists procedures in this order, so moving one is a change worth reading at publish.
  // Only the procedures in both versions count: adding one at the end is not a move.
  const kept = (b: Bundle, other: Bundle) =>
    b.procedures.filter((p) => other.procedures.some((o) => o.key === p.key)).map((p) => p.key);
  if (kept(before, after).join("\n") !== kept(after, before).join("\n")) lines.push("手続きの順番を変更");
  return lines;
}

const FIELD_LABELS: Record<string, string> = {
  name: "名称",
  counter: "窓口",
  label: "質問文",
  kind: "回答の種類",
  key: "回答キー",
  visibleIf: "表示条件",
  requiredIf: "必須条件",
  dateBound: "受け付ける日付",
  options: "選択肢",
  required: "必須",
  min: "最小値",
  max: "最大値",
  help: "説明",
  questions: "項目の質問",
  expr: "計算式",
  title: "名称",
  departmentKey: "担当部署",
  rule: "条件",
  memberRule: "世帯員の条件",
  deadlineDays: "期限",
  itemsToBring: "持ち物",
  conditionalItems: "条件付きの持ち物",
  conditionalDeadlines: "条件付きの期限",
  forms: "様式",
  fields: "印字項目",
  basePdfSha256: "元のPDF",
  rowsPerSheet: "1枚あたりの人数",
  pageCount: "ページ数",
};
const QUESTION_FIELDS = [
  "key",
  "label",
  "kind",
  "visibleIf",
  "options",
  "required",
  "requiredIf",
  "dateBound",
  "min",
  "max",
  "help",
];
const PROCEDURE_FIELDS = [
  "title",
  "departmentKey",
  "rule",
  "memberRule",
  "deadlineDays",
  "itemsToBring",
  "conditionalItems",
  "conditionalDeadlines",
  "forms",
];
const FORM_FIELDS = ["title", "departmentKey", "basePdfSha256", "pageCount", "rowsPerSheet", "fields"];

function diffList<T extends object>(
  kind: string,
  before: T[],
  after: T[],
  id: (item: T) => string,
  name: (item: T) => string,
  fields: string[],
): string[] {
  const old = new Map(before.map((item) => [id(item), item]));
  const now = new Map(after.map((item) => [id(item), item]));
  const lines: string[] = [];
  for (const [key, item] of now) {
    const previous = old.get(key);
    if (!previous) {
      lines.push(`${kind}を追加: ${name(item)}`);
      continue;
    }
    const changed = fields.filter(
      (f) => !same((previous as Record<string, unknown>)[f], (item as Record<string, unknown>)[f]),
    );
    if (changed.length > 0)
      lines.push(`${kind} ${name(item)}: ${changed.map((f) => FIELD_LABELS[f] ?? f).join("・")}を変更`);
  }
  for (const [key, item] of old) if (!now.has(key)) lines.push(`${kind}を削除: ${name(item)}`);
  return lines;
}

/** Group item questions count as questions of their own, named by their group. */
function flatQuestions(bundle: Bundle) {
  return bundle.questions.flatMap((q) => [
    { ...q, questions: undefined },
    ...(q.questions ?? []).map((item) => ({ ...item, label: `${q.label} › ${item.label}` })),
  ]);
}

function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** JSON with sorted object keys, so key order never counts as a change. */
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
