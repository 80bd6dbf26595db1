import type { Bundle, ItemQuestion, Question } from "./bundle";
import { lintForms } from "./lint-forms";
import { lintReachability } from "./lint-reachability";
import type { LintIssue, Report, Reporter } from "./lint-report";
import { CONDITIONS as C, type RuleCheck, ruleChecker } from "./lint-rules";

export type { LintIssue } from "./lint-report";

/**
 * Checks a parsed bundle for mistakes the schema cannot see: duplicated keys, references to
 * departments, forms and answers that do not exist, unknown operators, conditions that always or
 * never hold, questions not shown when their turn comes, procedures without a form. Errors block
 * publishing; warnings do not.
 */
export function lintBundle(bundle: Bundle): LintIssue[] {
  const issues: LintIssue[] = [];
  const report: Reporter = {
    error: (path, message) => issues.push({ severity: "error", path, message }),
    warn: (path, message) => issues.push({ severity: "warning", path, message }),
  };
  lintKeys(bundle, report);
  lintQuestions(bundle, report);
  lintReachability(bundle, report.warn);
  lintProcedures(bundle, report);
  lintForms(bundle, report);
  lintTests(bundle, report);
  return issues;
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
    check(q.visibleIf, `questions[${i}].visibleIf`, null, C.visible);
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
      check(item.visibleIf, `questions[${i}].questions[${j}].visibleIf`, q, C.visible);
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
  check(q.requiredIf, `${at}.requiredIf`, group, C.required);
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
    check(p.rule, `${at}.rule`, null, C.procedure);
    check(p.memberRule, `${at}.memberRule`, group, C.procedure);
    p.conditionalItems?.forEach((c, k) => {
      check(c.when, `${at}.conditionalItems[${k}].when`, null, C.item);
    });
    p.conditionalDeadlines?.forEach((d, k) => {
      check(d.when, `${at}.conditionalDeadlines[${k}].when`, null, C.deadline);
    });
    // おくやみ procedures are checklists; elsewhere a procedure usually comes with a form.
    if (p.forms.length === 0 && bundle.flow.kind !== "okuyami") {
      report.warn(`${at}.forms`, "申請書がありません（案内のみの手続きでよければ、このままで構いません）");
    }
    p.forms.forEach((req, j) => {
      if (!forms.has(req.formKey))
        report.error(`${at}.forms[${j}].formKey`, `様式「${req.formKey}」がありません`);
      check(req.when, `${at}.forms[${j}].when`, null, C.form);
      check(req.memberRule, `${at}.forms[${j}].memberRule`, group, C.form);
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
