import { getAnswer } from "./answer-path";
import type { Answers, Bundle, Question } from "./bundle";
import { memberData, type RuleContext, ruleContext, ruleHolds } from "./rule-context";
import type { InterviewState, InterviewStep } from "./types";
import { validateAnswer } from "./validate-answer";

/**
 * The 一問一答 state for the answers so far: every visible step in asking order, the next one to
 * ask, and which answers are invalid or stale (hidden now, kept in case the clerk goes back).
 */
export function interview(bundle: Bundle, answers: Answers): InterviewState {
  const context = ruleContext(bundle, answers);
  const stale: string[] = [];
  const steps = bundle.questions.flatMap((q) => questionSteps(q, answers, context, stale));
  const errors: Record<string, string> = {};
  let next: InterviewStep | null = null;
  let answered = 0;
  for (const step of steps) {
    const value = getAnswer(answers, step.path);
    const message = validateAnswer(step, value);
    if (message === null) {
      answered += 1;
      continue;
    }
    if (value !== undefined && value !== null) errors[step.path] = message;
    next ??= step;
  }
  return { steps, next, progress: { answered, total: steps.length }, errors, stale, done: next === null };
}

function questionSteps(
  q: Question,
  answers: Answers,
  context: RuleContext,
  stale: string[],
): InterviewStep[] {
  const visible = ruleHolds(q.visibleIf, context.data, `questions「${q.key}」の表示条件`);
  if (!visible) {
    if (getAnswer(answers, q.key) !== undefined) stale.push(q.key);
    return [];
  }
  if (q.kind !== "group") return [{ path: q.key, question: q }];
  const steps: InterviewStep[] = [{ path: q.key, question: q, isCount: true, groupKey: q.key }];
  const items = getAnswer(answers, q.key);
  if (!Array.isArray(items)) return steps;
  items.forEach((member, memberIndex) => {
    const data = memberData(context, member, memberIndex);
    for (const item of q.questions ?? []) {
      const path = `${q.key}.${memberIndex}.${item.key}`;
      if (ruleHolds(item.visibleIf, data, `questions「${q.key}.${item.key}」の表示条件`)) {
        steps.push({ path, question: item, memberIndex, groupKey: q.key });
      } else if (getAnswer(answers, path) !== undefined) {
        stale.push(path);
      }
    }
  });
  return steps;
}
