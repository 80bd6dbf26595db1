import type { Answers, Bundle, FormRequirement, Procedure } from "./bundle";
import { addDays } from "./dates";
import { type EffectiveAnswers, effectiveAnswers } from "./effective-answers";
import { flowPersons } from "./flow-persons";
import { memberData, type RuleContext, ruleHolds } from "./rule-context";
import type { Determination, DeterminedDepartment, DeterminedForm, DeterminedProcedure } from "./types";

/**
 * Which procedures apply to these answers, for whom, by when, with which forms — grouped by
 * department in the bundle's order. Pure: the same bundle and answers always give the same result.
 */
export function determine(bundle: Bundle, answers: Answers): Determination {
  // Only answers whose question is visible count; stale ones stay stored but are ignored.
  return determineEffective(bundle, effectiveAnswers(bundle, answers));
}

/** determine() for answers already walked (printing walks them once for both). */
export function determineEffective(bundle: Bundle, effective: EffectiveAnswers): Determination {
  const { context } = effective;
  const items = flowPersons(bundle, context.data).items;
  const members = memberScopes(context, items);
  const procedures = bundle.procedures.flatMap((p) => {
    const determined = determineProcedure(bundle, p, context, members);
    return determined ? [determined] : [];
  });
  return {
    referenceDate: context.on,
    procedures,
    departments: groupByDepartment(bundle, procedures),
    computed: Object.fromEntries(bundle.computed.map((c) => [c.key, context.data[c.key] ?? null])),
    stale: effective.stale,
  };
}

interface Members {
  items: unknown[];
  /** What per-member rules see for member i (valid until the next call: see memberScopes). */
  scope(i: number): Record<string, unknown>;
}

/**
 * One scope object for all members, its member swapped in before each rule: copying the whole
 * context for every member and rule was a large part of a 12-person determination. Rules only read
 * their data and none is evaluated while another holds the scope.
 */
function memberScopes(context: RuleContext, items: unknown[]): Members {
  const shared = memberData(context, undefined, 0);
  return {
    items,
    scope: (i) => {
      shared.member = items[i];
      shared.memberIndex = i;
      return shared;
    },
  };
}

function determineProcedure(
  bundle: Bundle,
  p: Procedure,
  context: RuleContext,
  members: Members,
): DeterminedProcedure | null {
  const where = `procedures「${p.key}」`;
  if (!ruleHolds(p.rule, context.data, `${where}の条件`)) return null;
  const all = members.items.map((_m, i) => i);
  const memberWhere = `${where}の世帯員条件`;
  const matching = p.memberRule
    ? all.filter((i) => ruleHolds(p.memberRule, members.scope(i), memberWhere))
    : all;
  if (p.memberRule && matching.length === 0) return null;
  const forms = p.forms.flatMap((req) => determineForms(bundle, p, req, context, members, matching));
  const extraItems = (p.conditionalItems ?? [])
    .filter((c) => ruleHolds(c.when, context.data, `${where}の持ち物条件`))
    .map((c) => c.item);
  return {
    key: p.key,
    title: p.title,
    departmentKey: p.departmentKey,
    reasons: reasons(p, members.items, matching),
    members: matching,
    deadline: deadline(p, context),
    itemsToBring: [...new Set([...p.itemsToBring, ...extraItems])],
    forms,
  };
}

/** The first matching conditional deadline, else deadlineDays, counted from the reference date. */
function deadline(p: Procedure, context: RuleContext): string | null {
  const conditional = p.conditionalDeadlines?.find((d) =>
    ruleHolds(d.when, context.data, `procedures「${p.key}」の期限条件`),
  );
  const days = conditional?.days ?? p.deadlineDays;
  return context.on && days !== undefined ? addDays(context.on, days) : null;
}

function determineForms(
  bundle: Bundle,
  p: Procedure,
  req: FormRequirement,
  context: RuleContext,
  members: Members,
  procedureMembers: number[],
): DeterminedForm[] {
  const where = `procedures「${p.key}」の様式「${req.formKey}」`;
  if (req.when !== undefined && !ruleHolds(req.when, context.data, `${where}の条件`)) return [];
  const memberWhere = `${where}の世帯員条件`;
  const formMembers = req.memberRule
    ? procedureMembers.filter((i) => ruleHolds(req.memberRule, members.scope(i), memberWhere))
    : procedureMembers;
  const def = bundle.forms.find((f) => f.key === req.formKey);
  const base = {
    formKey: req.formKey,
    title: def?.title ?? req.formKey,
    departmentKey: def?.departmentKey ?? p.departmentKey,
    mode: req.mode,
  };
  if (req.mode === "once") return [{ ...base, members: [], sheets: 1 }];
  if (req.memberRule && formMembers.length === 0) return [];
  if (req.mode === "each") return formMembers.map((i) => ({ ...base, members: [i], sheets: 1 }));
  const rows = def?.rowsPerSheet;
  const sheets = rows ? Math.max(1, Math.ceil(formMembers.length / rows)) : 1;
  return [{ ...base, members: formMembers, sheets }];
}

function reasons(p: Procedure, members: unknown[], matching: number[]): string[] {
  if (!p.memberRule) return [p.reason ?? `${p.title}の対象です`];
  const why = p.memberReason ?? `${p.title}の対象`;
  const perMember = matching.map((i) => `${memberName(members[i], i)}さん: ${why}`);
  return p.reason ? [p.reason, ...perMember] : perMember;
}

/** The name as entered, or 世帯員N when it is still blank. */
export function memberName(member: unknown, index: number): string {
  const name =
    typeof member === "object" && member !== null ? (member as { name?: unknown }).name : undefined;
  return typeof name === "string" && name.trim() !== "" ? name : `世帯員${index + 1}`;
}

function groupByDepartment(bundle: Bundle, procedures: DeterminedProcedure[]): DeterminedDepartment[] {
  const keys = [...bundle.departments.map((d) => d.key)];
  for (const p of procedures) if (!keys.includes(p.departmentKey)) keys.push(p.departmentKey);
  return keys.flatMap((key) => {
    const own = procedures.filter((p) => p.departmentKey === key);
    if (own.length === 0) return [];
    const dept = bundle.departments.find((d) => d.key === key);
    return [{ key, name: dept?.name ?? key, counter: dept?.counter ?? "", procedures: own }];
  });
}
