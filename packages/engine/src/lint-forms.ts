import type { Bundle, FormField, Question, SourceDef } from "./bundle";
import { BUILTIN_SOURCES, sourceLabel, supplies } from "./form-sources";
import { isPlainObject } from "./json-logic/coerce";
import type { Reporter } from "./lint-report";
import { answerRoots, knownPath, ruleChecker } from "./lint-rules";

/**
 * A form this flow prints must be fillable from this flow's answers: every source a field names is
 * supplied by the flow's print model, every answer path and expression reads answers that exist.
 * Otherwise the box would print blank on paper, so publishing is refused (errors).
 */
export function lintForms(bundle: Bundle, report: Reporter): void {
  const printed = new Set(bundle.procedures.flatMap((p) => p.forms.map((f) => f.formKey)));
  const persons = personsGroup(bundle);
  const roots = answerRoots(bundle, [...BUILTIN_SOURCES]);
  const check = ruleChecker(bundle, report, [...BUILTIN_SOURCES]);
  lintPrintModel(bundle, persons, roots, report);
  bundle.forms.forEach((form, i) => {
    if (!printed.has(form.key)) return;
    form.fields.forEach((field, j) => {
      const at = `forms[${i}].fields[${j}]`;
      const name = `様式「${form.key} ${form.title}」の欄「${field.name}」`;
      if (field.format === "fixed") return;
      if (field.source !== undefined) {
        if (!supplies(bundle.print, field.source))
          report.error(
            `${at}.source`,
            `${name}に印刷する「${sourceLabel(field.source)}」（${field.source}）を、このフローの回答から埋められません。フローの印刷の対応でその元になる回答を指定するか、欄の内容を変えてください`,
          );
        return;
      }
      if (field.expr !== undefined) {
        check(field.expr, `${at}.expr`, persons);
        return;
      }
      if (field.path !== undefined && !knownPath(memberPath(field, bundle), roots, persons))
        report.error(
          `${at}.path`,
          `${name}が回答「${field.path}」を印刷しますが、このフローにその質問がありません（空欄で印刷されます）`,
        );
    });
  });
}

/** `members.$row.name` of a person row reads `member.name` (the person), so lint checks it as such. */
function memberPath(field: FormField, bundle: Bundle): string {
  const path = field.path ?? "";
  const group = bundle.questions.find((q) => q.kind === "group");
  const prefix = group ? `${group.key}.$` : null;
  if (prefix && path.startsWith(prefix)) return `member.${path.split(".").slice(2).join(".")}`;
  return path;
}

function lintPrintModel(bundle: Bundle, persons: Question | null, roots: Set<string>, report: Reporter) {
  const model = bundle.print;
  if (!model) return;
  const check = ruleChecker(bundle, report, [...BUILTIN_SOURCES]);
  check(model.persons, "print.persons", null);
  const lintDef = (def: SourceDef, at: string, group: Question | null) => {
    if ("expr" in def) check(def.expr, `${at}.expr`, group);
    else if (!knownPath(def.path, roots, group))
      report.error(`${at}.path`, `印刷の対応が回答「${def.path}」を参照していますが、その質問がありません`);
  };
  for (const [key, def] of Object.entries(model.household)) lintDef(def, `print.household.${key}`, null);
  for (const [key, def] of Object.entries(model.person)) lintDef(def, `print.person.${key}`, persons);
}

/**
 * The people as a group for lint: the first group question, or for `print.persons` made of answer
 * paths (`[{"var": "baby"}]`) a stand-in group whose items are the questions under those paths.
 */
function personsGroup(bundle: Bundle): Question | null {
  const rule = bundle.print?.persons;
  if (rule === undefined) return bundle.questions.find((q) => q.kind === "group") ?? null;
  const parts = Array.isArray(rule) ? rule : [rule];
  const prefixes = parts.flatMap((r) => (isPlainObject(r) && typeof r.var === "string" ? [r.var] : []));
  const items = bundle.questions.flatMap((q) => {
    const prefix = prefixes.find((p) => q.key.startsWith(`${p}.`));
    return prefix ? [{ ...q, key: q.key.slice(prefix.length + 1) }] : [];
  });
  return {
    id: "print.persons",
    key: "print.persons",
    kind: "group",
    label: "印刷の対象者",
    required: true,
    questions: items.map((q) => ({ ...q, kind: q.kind === "group" ? "text" : q.kind })),
  } as Question;
}
