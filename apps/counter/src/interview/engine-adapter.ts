import {
  type Answers,
  type Bundle,
  getAnswer,
  type InterviewState,
  type InterviewStep,
  interview,
  japanToday,
  setAnswer,
  validateAnswer,
} from "@kakanai/engine";
import type { InputKind } from "@kakanai/ui";

// Choices drawn from a group's items and their labels live with the question inputs in @kakanai/ui.
export { itemOptions, pickedItemLabel } from "@kakanai/ui";

/*
 * The one place the counter calls the engine's interview functions, so the screen code stays the same
 * if their signatures move. The engine runs here in the browser for instant next-question; the server
 * recomputes everything authoritatively on finish.
 */

export function interviewState(bundle: Bundle, answers: Answers): InterviewState {
  return interview(bundle, answers);
}

export function inputKind(step: InterviewStep): InputKind {
  return step.isCount ? "count" : step.question.kind;
}

/** Japanese message when `value` cannot be the answer at this step, else null. */
export function checkAnswer(
  bundle: Bundle,
  answers: Answers,
  step: InterviewStep,
  value: unknown,
): string | null {
  if (value === null || value === undefined) {
    return isRequired(step) ? "回答を入力してください。この質問は省略できません。" : null;
  }
  // A date outside its question's bound (a birth date after today) is refused here as the server refuses it.
  const direct = validateAnswer(step, value, { today: japanToday() });
  if (direct) return direct;
  // Rules that depend on other answers surface through the interview state for this path.
  return interview(bundle, setAnswer(answers, step.path, value, bundle)).errors[step.path] ?? null;
}

/** Reads answers.members.2.name style paths. */
export function answerAt(answers: Answers, path: string): unknown {
  return getAnswer(answers, path);
}

export interface MemberContext {
  /** 「世帯員 2/3 人目」 */
  position: string;
  name: string | null;
}

export function memberContext(bundle: Bundle, answers: Answers, step: InterviewStep): MemberContext | null {
  if (step.memberIndex === undefined || !step.groupKey) return null;
  const group = bundle.questions.find((q) => q.key === step.groupKey);
  const list = answerAt(answers, step.groupKey);
  const count = Array.isArray(list) ? list.length : step.memberIndex + 1;
  const name = answerAt(answers, `${step.groupKey}.${step.memberIndex}.name`);
  return {
    position: `${group?.itemLabel ?? "世帯員"} ${step.memberIndex + 1}/${count} 人目`,
    name: typeof name === "string" && name ? name : null,
  };
}

/** requiredIf, when the question has one, decides per step; otherwise the question's own flag. */
export function isRequired(step: InterviewStep): boolean {
  return (step.required ?? step.question.required) !== false;
}
