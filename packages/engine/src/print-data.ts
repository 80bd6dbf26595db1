import { getAnswer } from "./answer-path";
import type { Answers, Bundle, FormField, ItemQuestion, Question } from "./bundle";
import { determineEffective } from "./determine";
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
  /** The question of each answer that counts, by its path ("members.2.insurance"): for choice labels. */
  questions: Map<string, Question | ItemQuestion>;
  /** What rules see for the household (key -1) and for each person, built once per print. */
  scopes: Map<number, Record<string, unknown>>;
}

/**
 * Prepares printing the way the determination decides: only answers whose question is visible
 * count, so an answer under a question that is now hidden never prints. The answers are walked
 * once, for the determination and for the print.
 */
export function printData(bundle: Bundle, answers: Answers, options: { filedOn: string }): PrintData {
  const effective = effectiveAnswers(bundle, answers);
  const determination = determineEffective(bundle, effective);
  const data: Record<string, unknown> = {
    ...effective.context.data,
    filedOn: options.filedOn,
    departments: determination.departments.map((d) => d.key),
    procedures: determination.procedures.map((p) => p.key),
  };
  const questions = new Map(effective.steps.map((s) => [s.path, s.question]));
  return { bundle, data, persons: flowPersons(bundle, data), determination, questions, scopes: new Map() };
}

/** What one field prints for one person (a member index) or the household (undefined), unformatted. */
export function fieldValue(pd: PrintData, field: FormField, memberIndex: number | undefined): unknown {
  if (field.format === "fixed") return field.text;
  if (field.source !== undefined) return sourceValue(pd, field.source, memberIndex, labelled(field));
  if (field.expr !== undefined) return evaluate(field.expr, scope(pd, memberIndex));
  if (!field.path) return undefined;
  const path = field.path.replace(/\$(row|member)/g, String(memberIndex ?? 0));
  return withLabels(pd, path, labelled(field), memberIndex);
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
  const def = personKey === null ? pd.bundle.print?.household[source] : pd.bundle.print?.person[personKey];
  if (!def || (personKey !== null && memberIndex === undefined)) return undefined;
  if ("expr" in def) return evaluate(def.expr, scope(pd, memberIndex));
  return withLabels(pd, def.path, labels, memberIndex);
}

/** The data rules read: the household's, with `member` and `memberIndex` for a person. */
function scope(pd: PrintData, memberIndex: number | undefined): Record<string, unknown> {
  const key = memberIndex ?? -1;
  let data = pd.scopes.get(key);
  if (!data) {
    data = {
      ...pd.data,
      member: memberIndex === undefined ? undefined : pd.persons.items[memberIndex],
      memberIndex,
    };
    pd.scopes.set(key, data);
  }
  return data;
}

/** Text fields print a choice's label (「本人」), never its key (`self`); marks compare keys. */
function labelled(field: FormField): boolean {
  return field.type === "text" && ["text", "fullwidth", "halfwidth"].includes(field.format);
}

/** The answer at `path` (`member.x` is the person's), as a choice's label where `labels` asks. */
function withLabels(pd: PrintData, path: string, labels: boolean, memberIndex: number | undefined): unknown {
  const value = getAnswer(scope(pd, memberIndex), path);
  if (!labels || value === undefined || value === null) return value;
  const personPath = memberIndex === undefined ? null : pd.persons.paths[memberIndex];
  const answerPath = path.startsWith("member.") && personPath ? `${personPath}${path.slice(6)}` : path;
  const q = pd.questions.get(answerPath);
  if (!q?.options || (q.kind !== "choice" && q.kind !== "multi")) return value;
  const label = (v: unknown) => q.options?.find((o) => o.value === v)?.label ?? v;
  return Array.isArray(value) ? value.map(label) : label(value);
}
