import { getAnswer } from "./answer-path";
import type { Answers, Bundle, FormField, ItemQuestion, Question, SourceDef } from "./bundle";
import { determine } from "./determine";
import { effectiveAnswers } from "./effective-answers";
import { evaluate } from "./evaluate";
import { type FlowPersons, flowPersons } from "./flow-persons";
import { BUILTIN_SOURCES, personSourceKey } from "./form-sources";
import type { Determination } from "./types";

/** Everything a form is filled from: the answers that count, the people, the determination. */
export interface PrintData {
  bundle: Bundle;
  /** Household-level data: effective answers, computed values, `on`, and the builtin sources. */
  data: Record<string, unknown>;
  persons: FlowPersons;
  determination: Determination;
}

/**
 * Prepares printing the way the determination decides: only answers whose question is visible
 * count, so an answer under a question that is now hidden never prints.
 */
export function printData(bundle: Bundle, answers: Answers, options: { filedOn: string }): PrintData {
  const effective = effectiveAnswers(bundle, answers);
  const determination = determine(bundle, answers);
  const data: Record<string, unknown> = {
    ...effective.context.data,
    filedOn: options.filedOn,
    departments: determination.departments.map((d) => d.key),
    procedures: determination.procedures.map((p) => p.key),
  };
  return { bundle, data, persons: flowPersons(bundle, data), determination };
}

/** What one field prints for one person (a member index) or the household (undefined), unformatted. */
export function fieldValue(pd: PrintData, field: FormField, memberIndex: number | undefined): unknown {
  if (field.format === "fixed") return field.text;
  const scope = personScope(pd, memberIndex);
  if (field.source !== undefined) return sourceValue(pd, field.source, memberIndex, labelled(field));
  if (field.expr !== undefined) return evaluate(field.expr, scope);
  if (!field.path) return undefined;
  const path = field.path.replace(/\$(row|member)/g, String(memberIndex ?? 0));
  return withLabels(pd.bundle, path, getAnswer(scope, path), labelled(field), pd, memberIndex);
}

/** A source's value: builtins, then the flow's household or person definition; undefined if none. */
export function sourceValue(
  pd: PrintData,
  source: string,
  memberIndex: number | undefined,
  labels = true,
): unknown {
  if (BUILTIN_SOURCES.has(source)) return pd.data[source];
  const personKey = personSourceKey(source);
  const def: SourceDef | undefined =
    personKey === null ? pd.bundle.print?.household[source] : pd.bundle.print?.person[personKey];
  if (!def) return undefined;
  if (personKey !== null && memberIndex === undefined) return undefined;
  const scope = personScope(pd, memberIndex);
  if ("expr" in def) return evaluate(def.expr, scope);
  return withLabels(pd.bundle, def.path, getAnswer(scope, def.path), labels, pd, memberIndex);
}

function personScope(pd: PrintData, memberIndex: number | undefined): Record<string, unknown> {
  if (memberIndex === undefined) return { ...pd.data, member: undefined, memberIndex: undefined };
  return { ...pd.data, member: pd.persons.items[memberIndex], memberIndex };
}

/** Text fields print a choice's label (「本人」), never its key (`self`); marks compare keys. */
function labelled(field: FormField): boolean {
  return field.type === "text" && ["text", "fullwidth", "halfwidth"].includes(field.format);
}

function withLabels(
  bundle: Bundle,
  path: string,
  value: unknown,
  labels: boolean,
  pd: PrintData,
  memberIndex: number | undefined,
): unknown {
  if (!labels || value === undefined || value === null) return value;
  const personPath = memberIndex === undefined ? null : pd.persons.paths[memberIndex];
  const answerPath = path.startsWith("member.") && personPath ? `${personPath}${path.slice(6)}` : path;
  const q = questionAt(bundle, answerPath);
  if (!q?.options || (q.kind !== "choice" && q.kind !== "multi")) return value;
  const label = (v: unknown) => q.options?.find((o) => o.value === v)?.label ?? v;
  return Array.isArray(value) ? value.map(label) : label(value);
}

/** The question whose answer lives at `path` ("members.2.insurance", "applicant.role"). */
export function questionAt(bundle: Bundle, path: string): Question | ItemQuestion | undefined {
  const direct = bundle.questions.find((q) => q.key === path);
  if (direct) return direct;
  for (const group of bundle.questions) {
    if (group.kind !== "group" || !path.startsWith(`${group.key}.`)) continue;
    const rest = path.slice(group.key.length + 1).replace(/^\d+\./, "");
    return group.questions?.find((q) => q.key === rest);
  }
  return undefined;
}
