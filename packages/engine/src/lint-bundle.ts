import type { Bundle, ItemQuestion, Question, Rule } from "./bundle";
import { engineOperators } from "./engine-operators";
import { standardOperators } from "./json-logic/operators";
import { ruleRefs } from "./rule-refs";

export interface LintIssue {
  severity: "error" | "warning";
  /** Where in the bundle, as in parseBundle messages: procedures[3].memberRule */
  path: string;
  /** Japanese, saying what to fix. */
  message: string;
}

const KNOWN_OPERATORS = new Set([...Object.keys(standardOperators), ...Object.keys(engineOperators)]);

/**
 * Checks a parsed bundle for mistakes the schema cannot see: duplicated keys, references to
 * departments, forms and answers that do not exist, unknown operators. Errors block publishing.
 */
export function lintBundle(bundle: Bundle): LintIssue[] {
  const issues: LintIssue[] = [];
  const report: Reporter = {
    error: (path, message) => issues.push({ severity: "error", path, message }),
    warn: (path, message) => issues.push({ severity: "warning", path, message }),
  };
  lintKeys(bundle, report);
  lintQuestions(bundle, report);
  lintProcedures(bundle, report);
  lintTests(bundle, report);
  return issues;
}

interface Reporter {
  error: Report;
  warn: Report;
}

function lintKeys(bundle: Bundle, { error }: Reporter): void {
  type List = [string[], string, string, string];
  const check = (lists: List[]) => {
    for (const [values, at, field, label] of lists) duplicates(values, at, field, label, error);
  };
  check([
    [bundle.departments.map((d) => d.key), "departments", "key", "部署"],
    [bundle.questions.map((q) => q.key), "questions", "key", "質問"],
  ]);
  duplicateIds(bundle.questions, error);
  check([
    [bundle.computed.map((c) => c.key), "computed", "key", "計算値"],
    [bundle.procedures.map((p) => p.key), "procedures", "key", "手続き"],
    [bundle.forms.map((f) => f.key), "forms", "key", "様式"],
    [bundle.tests.map((t) => t.name), "tests", "name", "フローテスト"],
  ]);
}

function lintQuestions(bundle: Bundle, report: Reporter): void {
  const check = ruleChecker(bundle, report);
  check(bundle.flow.referenceDate, "flow.referenceDate", null);
  bundle.computed.forEach((c, i) => {
    check(c.expr, `computed[${i}].expr`, null);
  });
  bundle.questions.forEach((q, i) => {
    check(q.visibleIf, `questions[${i}].visibleIf`, null);
    lintRequiredIf(q, `questions[${i}]`, null, check, report);
    if ((q.kind === "choice" || q.kind === "multi") && !q.options?.length) {
      report.error(`questions[${i}].options`, `「${q.label}」に選択肢がありません`);
    }
    if (q.kind !== "group") return;
    if (!q.questions?.length)
      report.warn(`questions[${i}].questions`, `「${q.label}」に項目の質問がありません`);
    const items = q.questions ?? [];
    duplicates(
      items.map((item) => item.key),
      `questions[${i}].questions`,
      "key",
      "項目の質問",
      report.error,
    );
    items.forEach((item, j) => {
      check(item.visibleIf, `questions[${i}].questions[${j}].visibleIf`, q);
      lintRequiredIf(item, `questions[${i}].questions[${j}]`, q, check, report);
    });
  });
}

/** requiredIf reads what visibleIf reads; without required: false an older engine always insists. */
function lintRequiredIf(
  q: Question | ItemQuestion,
  at: string,
  group: Question | null,
  check: RuleCheck,
  { warn }: Reporter,
): void {
  if (q.requiredIf === undefined) return;
  check(q.requiredIf, `${at}.requiredIf`, group);
  if (q.required) warn(`${at}.required`, `「${q.label}」は必須条件があるので required: false にしてください`);
}

function lintProcedures(bundle: Bundle, report: Reporter): void {
  const departments = new Set(bundle.departments.map((d) => d.key));
  const forms = new Set(bundle.forms.map((f) => f.key));
  const check = ruleChecker(bundle, report);
  const group = bundle.questions.find((q) => q.kind === "group") ?? null;
  bundle.procedures.forEach((p, i) => {
    const at = `procedures[${i}]`;
    if (!departments.has(p.departmentKey))
      report.error(`${at}.departmentKey`, `部署「${p.departmentKey}」がありません`);
    check(p.rule, `${at}.rule`, null);
    check(p.memberRule, `${at}.memberRule`, group);
    p.conditionalItems?.forEach((c, k) => {
      check(c.when, `${at}.conditionalItems[${k}].when`, null);
    });
    p.conditionalDeadlines?.forEach((d, k) => {
      check(d.when, `${at}.conditionalDeadlines[${k}].when`, null);
    });
    p.forms.forEach((req, j) => {
      if (!forms.has(req.formKey))
        report.error(`${at}.forms[${j}].formKey`, `様式「${req.formKey}」がありません`);
      check(req.when, `${at}.forms[${j}].when`, null);
      check(req.memberRule, `${at}.forms[${j}].memberRule`, group);
    });
  });
  bundle.forms.forEach((f, i) => {
    if (!departments.has(f.departmentKey)) {
      report.warn(`forms[${i}].departmentKey`, `部署「${f.departmentKey}」がありません`);
    }
  });
}

function lintTests(bundle: Bundle, { error }: Reporter): void {
  const procedures = new Set(bundle.procedures.map((p) => p.key));
  const forms = new Set(bundle.forms.map((f) => f.key));
  bundle.tests.forEach((t, i) => {
    for (const key of t.expectProcedures) {
      if (!procedures.has(key)) error(`tests[${i}].expectProcedures`, `手続き「${key}」がありません`);
    }
    for (const key of Object.keys(t.expectForms ?? {})) {
      if (!forms.has(key)) error(`tests[${i}].expectForms`, `様式「${key}」がありません`);
    }
  });
}

type Report = (path: string, message: string) => void;

type RuleCheck = (rule: Rule | undefined, path: string, group: Question | null) => void;

function ruleChecker(bundle: Bundle, { error, warn }: Reporter): RuleCheck {
  const roots = new Set<string>(["on", ...bundle.computed.map((c) => c.key)]);
  for (const q of bundle.questions) {
    const parts = q.key.split(".");
    for (let n = 1; n <= parts.length; n++) roots.add(parts.slice(0, n).join("."));
  }
  return (rule: Rule | undefined, path: string, group: Question | null) => {
    if (rule === undefined) return;
    const refs = ruleRefs(rule);
    for (const op of new Set(refs.operators)) {
      if (!KNOWN_OPERATORS.has(op)) error(path, `未知の演算子「${op}」が使われています`);
    }
    if (refs.looseStringEquality) {
      warn(path, "文字列との比較に == が使われています。未回答のときにエラーになるため === を使ってください");
    }
    for (const ref of new Set(refs.paths)) {
      if (!knownPath(ref, roots, group))
        error(path, `回答「${ref}」を参照していますが、その質問がありません`);
    }
  };
}

function knownPath(ref: string, roots: Set<string>, group: Question | null): boolean {
  const [head, second] = ref.split(".");
  if (head === undefined) return true;
  if (group && head === "memberIndex") return true;
  if (group && head === "member")
    return second === undefined || (group.questions ?? []).some((q) => q.key.split(".")[0] === second);
  const parts = ref.split(".");
  // A path into a group item (members.0.name) or an address part (newAddress.city) is fine.
  return parts.some((_p, n) => roots.has(parts.slice(0, n + 1).join(".")));
}

/** Question ids are unique across top-level and group item questions (the studio keys on them). */
function duplicateIds(questions: Question[], report: Report): void {
  const seen = new Set<string>();
  const visit = (id: string, path: string) => {
    if (seen.has(id)) report(path, `質問ID「${id}」が重複しています`);
    seen.add(id);
  };
  questions.forEach((q, i) => {
    visit(q.id, `questions[${i}].id`);
    q.questions?.forEach((item, j) => {
      visit(item.id, `questions[${i}].questions[${j}].id`);
    });
  });
}

function duplicates(values: string[], at: string, field: string, label: string, report: Report): void {
  const seen = new Set<string>();
  values.forEach((value, i) => {
    if (seen.has(value)) report(`${at}[${i}].${field}`, `${label}「${value}」が重複しています`);
    seen.add(value);
  });
}
