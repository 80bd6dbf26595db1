import { getAnswer, putAnswer } from "./answer-path";
import { AnswerWalk } from "./answer-walk";
import type { Answers, Bundle, ItemQuestion, Question } from "./bundle";
import { type RuleContext, ruleHolds } from "./rule-context";
import type { InterviewStep } from "./types";
import { validateAnswer } from "./validate-answer";

export interface EffectiveAnswers {
  /** The answers that count: the stored ones minus those hidden now or invalid. */
  answers: Answers;
  /** Paths that hold an answer whose question is hidden (kept in storage, ignored by rules). */
  stale: string[];
  /** Paths whose answer is invalid for its question (reported as errors, ignored by rules). */
  invalid: string[];
  /** Every visible step in asking order. */
  steps: InterviewStep[];
  /** The rule context built on the effective answers (computed values included). */
  context: RuleContext;
}

/**
 * Walks the questions in asking order. Each question's visibility sees only the answers that still
 * count before it: when a change hides a question (転入 → 転居 hides 国外から), its stored answer stops
 * counting for every later condition, computed value and procedure rule. An invalid answer (a string
 * where a number belongs) does not count either, so rules only ever see well-typed values. Stored
 * answers are never deleted here; the caller keeps them so the clerk can go back. A question with
 * requiredIf gets `required` on its step, decided with the same data as its visibility.
 */
export function effectiveAnswers(bundle: Bundle, answers: Answers): EffectiveAnswers {
  const { valid, invalid } = validAnswers(bundle, answers);
  const walk = new AnswerWalk(bundle, valid);
  for (const q of bundle.questions) {
    walk.refresh();
    const data = walk.context.data;
    if (!ruleHolds(q.visibleIf, data, `questions「${q.key}」の表示条件`)) {
      if (walk.drop(q.key)) walk.stale.push(q.key);
      continue;
    }
    const isGroup = q.kind === "group";
    const step: InterviewStep = isGroup
      ? { path: q.key, question: q, isCount: true, groupKey: q.key }
      : { path: q.key, question: q };
    if (q.requiredIf !== undefined) step.required = requiredNow(q, q.key, data);
    walk.steps.push(step);
    if (isGroup) groupSteps(walk, q);
  }
  walk.refresh();
  const { effective, stale, steps, context } = walk;
  return { answers: effective, stale, invalid, steps, context };
}

function requiredNow(q: Question | ItemQuestion, key: string, data: unknown): boolean {
  return ruleHolds(q.requiredIf, data, `questions「${key}」の必須条件`);
}

/**
 * Answers minus those invalid for their question, visible or not (validity needs no rules). A group
 * counts only as a list of items: a bare count or a wrong size has no members for rules to see. A
 * blank answer to a requiredIf question never counts (it may turn out required).
 */
function validAnswers(bundle: Bundle, answers: Answers): { valid: Answers; invalid: string[] } {
  let valid = answers;
  const invalid: string[] = [];
  const check = (step: InterviewStep, value: unknown) => {
    if (value === undefined || value === null) return;
    const badList = step.isCount === true && !Array.isArray(value);
    if (step.question.requiredIf !== undefined) step.required = true;
    if (!badList && validateAnswer(step, value) === null) return;
    valid = putAnswer(valid, step.path, undefined);
    invalid.push(step.path);
  };
  for (const q of bundle.questions) {
    if (q.kind !== "group") {
      check({ path: q.key, question: q }, getAnswer(valid, q.key));
      continue;
    }
    check({ path: q.key, question: q, isCount: true, groupKey: q.key }, getAnswer(valid, q.key));
    const items = getAnswer(valid, q.key);
    if (!Array.isArray(items)) continue;
    items.forEach((member, memberIndex) => {
      for (const item of q.questions ?? []) {
        const path = `${q.key}.${memberIndex}.${item.key}`;
        check({ path, question: item, memberIndex, groupKey: q.key }, getAnswer(member, item.key));
      }
    });
  }
  return { valid, invalid };
}

function groupSteps(walk: AnswerWalk, q: Question): void {
  const items = getAnswer(walk.effective, q.key);
  if (!Array.isArray(items)) return;
  const questions = q.questions ?? [];
  // Built once per group, not per member: error messages name the question, not the member.
  const where = questions.map((item) => `${q.key}.${item.key}`);
  const visibleWhere = where.map((key) => `questions「${key}」の表示条件`);
  for (let memberIndex = 0; memberIndex < items.length; memberIndex++) {
    walk.refresh();
    let data = walk.memberScope(q.key, memberIndex);
    questions.forEach((item, i) => {
      const path = `${q.key}.${memberIndex}.${item.key}`;
      if (ruleHolds(item.visibleIf, data, visibleWhere[i] ?? "")) {
        const step: InterviewStep = { path, question: item, memberIndex, groupKey: q.key };
        if (item.requiredIf !== undefined) step.required = requiredNow(item, where[i] ?? "", data);
        walk.steps.push(step);
      } else if (walk.drop(path)) {
        walk.stale.push(path);
        // Later items of this member see the member without the dropped answer.
        data = walk.memberScope(q.key, memberIndex);
      }
    });
  }
}
