import { getAnswer, putAnswer } from "./answer-path";
import type { Answers, Bundle, Question } from "./bundle";
import { memberData, type RuleContext, ruleContext, ruleHolds } from "./rule-context";
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
 * answers are never deleted here; the caller keeps them so the clerk can go back.
 */
export function effectiveAnswers(bundle: Bundle, answers: Answers): EffectiveAnswers {
  const { valid, invalid } = validAnswers(bundle, answers);
  const context = ruleContext(bundle, valid);
  const walk: Walk = { bundle, effective: valid, context, dirty: false, stale: [], steps: [] };
  for (const q of bundle.questions) {
    refresh(walk);
    if (!ruleHolds(q.visibleIf, walk.context.data, `questions「${q.key}」の表示条件`)) {
      if (drop(walk, q.key)) walk.stale.push(q.key);
      continue;
    }
    const isGroup = q.kind === "group";
    const step: InterviewStep = isGroup
      ? { path: q.key, question: q, isCount: true, groupKey: q.key }
      : { path: q.key, question: q };
    walk.steps.push(step);
    if (isGroup) groupSteps(walk, q);
  }
  refresh(walk);
  const { effective, stale, steps } = walk;
  return { answers: effective, stale, invalid, steps, context: walk.context };
}

interface Walk {
  bundle: Bundle;
  effective: Answers;
  context: RuleContext;
  /** An answer was dropped since the context was built: computed values must be recomputed. */
  dirty: boolean;
  stale: string[];
  steps: InterviewStep[];
}

function refresh(walk: Walk): void {
  if (!walk.dirty) return;
  walk.context = ruleContext(walk.bundle, walk.effective);
  walk.dirty = false;
}

/** Removes the answer at path from the effective answers; true when there was one. */
function drop(walk: Walk, path: string): boolean {
  if (getAnswer(walk.effective, path) === undefined) return false;
  walk.effective = putAnswer(walk.effective, path, undefined);
  walk.dirty = true;
  return true;
}

/**
 * Answers minus those invalid for their question, visible or not (validity needs no rules). A group
 * counts only as a list of items: a bare count or a wrong size has no members for rules to see.
 */
function validAnswers(bundle: Bundle, answers: Answers): { valid: Answers; invalid: string[] } {
  let valid = answers;
  const invalid: string[] = [];
  const check = (step: InterviewStep) => {
    const value = getAnswer(valid, step.path);
    if (value === undefined || value === null) return;
    const badList = step.isCount === true && !Array.isArray(value);
    if (!badList && validateAnswer(step, value) === null) return;
    valid = putAnswer(valid, step.path, undefined);
    invalid.push(step.path);
  };
  for (const q of bundle.questions) {
    if (q.kind !== "group") {
      check({ path: q.key, question: q });
      continue;
    }
    check({ path: q.key, question: q, isCount: true, groupKey: q.key });
    const items = getAnswer(valid, q.key);
    if (!Array.isArray(items)) continue;
    items.forEach((_item, memberIndex) => {
      for (const item of q.questions ?? [])
        check({ path: `${q.key}.${memberIndex}.${item.key}`, question: item, memberIndex, groupKey: q.key });
    });
  }
  return { valid, invalid };
}

function groupSteps(walk: Walk, q: Question): void {
  const items = getAnswer(walk.effective, q.key);
  if (!Array.isArray(items)) return;
  for (let memberIndex = 0; memberIndex < items.length; memberIndex++) {
    refresh(walk);
    const memberNow = () =>
      memberData(walk.context, getAnswer(walk.effective, `${q.key}.${memberIndex}`), memberIndex);
    let data = memberNow();
    for (const item of q.questions ?? []) {
      const path = `${q.key}.${memberIndex}.${item.key}`;
      if (ruleHolds(item.visibleIf, data, `questions「${q.key}.${item.key}」の表示条件`)) {
        const step = { path, question: item, memberIndex, groupKey: q.key };
        walk.steps.push(step);
      } else if (drop(walk, path)) {
        walk.stale.push(path);
        // Later items of this member see the member without the dropped answer.
        data = memberNow();
      }
    }
  }
}
