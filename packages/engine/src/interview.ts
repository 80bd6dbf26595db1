import { getAnswer } from "./answer-path";
import type { Answers, Bundle } from "./bundle";
import { effectiveAnswers } from "./effective-answers";
import type { InterviewState, InterviewStep } from "./types";
import { validateAnswer } from "./validate-answer";

/**
 * The 一問一答 state for the answers so far: every visible step in asking order, the next one to
 * ask, and which answers are invalid or stale (hidden now, kept in case the clerk goes back).
 * Visibility of each question sees only the answers that still count (see effectiveAnswers).
 */
export function interview(bundle: Bundle, answers: Answers): InterviewState {
  const { steps, stale } = effectiveAnswers(bundle, answers);
  const errors: Record<string, string> = {};
  let next: InterviewStep | null = null;
  let answered = 0;
  // An optional question left empty counts once the clerk has passed it, never before: a fresh
  // reception reads 0 answered, not 1.
  let skippedBeforeNext = 0;
  for (const step of steps) {
    const value = stepValue(answers, step);
    const message = validateAnswer(step, value);
    if (message === null) {
      if (!isEmpty(value)) answered += 1;
      else if (next === null) skippedBeforeNext += 1;
      continue;
    }
    if (value !== undefined && value !== null) errors[step.path] = message;
    next ??= step;
  }
  if (next === null) answered = steps.length;
  else answered += skippedBeforeNext;
  return { steps, next, progress: { answered, total: steps.length }, errors, stale, done: next === null };
}

/** getAnswer(answers, step.path), reached through the group and index: no path string to parse. */
function stepValue(answers: Answers, step: InterviewStep): unknown {
  if (step.groupKey === undefined || step.memberIndex === undefined) return getAnswer(answers, step.path);
  const items = getAnswer(answers, step.groupKey);
  return Array.isArray(items) ? getAnswer(items[step.memberIndex], step.question.key) : undefined;
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === "string" && value.trim() === "") ||
    (Array.isArray(value) && value.length === 0)
  );
}
