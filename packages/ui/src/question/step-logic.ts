import {
  type Answers,
  type Bundle,
  getAnswer,
  type InterviewStep,
  interview,
  japanToday,
  type SameAsOption,
  setAnswer,
  validateAnswer,
} from "@kakanai/engine";
import { defaultAnswer, type InputKind } from "./draft";

/*
 * What one interview step shows and checks, the same at the counter, in the studio's preview and on a
 * resident's phone (QuestionStep): who it is about, what the input starts with, the range it takes.
 */

/** The step's input: a count step edits its group's length; every other step asks its question. */
export function inputKind(step: InterviewStep): InputKind {
  return step.isCount ? "count" : step.question.kind;
}

/** requiredIf, when the question has one, decides per step; otherwise the question's own flag. */
export function isRequired(step: InterviewStep): boolean {
  return (step.required ?? step.question.required) !== false;
}

/**
 * Japanese message when `value` cannot be the answer at this step, else null: the engine's own check
 * of the value (a date outside its question's bound, such as a birth date after today, refused as the
 * server refuses it), then the rules across answers, which surface through the interview state.
 */
export function checkAnswer(
  bundle: Bundle,
  answers: Answers,
  step: InterviewStep,
  value: unknown,
): string | null {
  if (value === null || value === undefined) {
    return isRequired(step) ? "回答を入力してください。この質問は省略できません。" : null;
  }
  const direct = validateAnswer(step, value, { today: japanToday() });
  if (direct) return direct;
  return interview(bundle, setAnswer(answers, step.path, value, bundle)).errors[step.path] ?? null;
}

export interface MemberContext {
  /** 「世帯員 2/3 人目」 */
  position: string;
  name: string | null;
}

/** Whom a group item's step is about; null for a step outside a group. */
export function memberContext(bundle: Bundle, answers: Answers, step: InterviewStep): MemberContext | null {
  if (step.memberIndex === undefined || !step.groupKey) return null;
  const group = bundle.questions.find((q) => q.key === step.groupKey);
  const list = getAnswer(answers, step.groupKey);
  const count = Array.isArray(list) ? list.length : step.memberIndex + 1;
  const name = getAnswer(answers, `${step.groupKey}.${step.memberIndex}.name`);
  return {
    position: `${group?.itemLabel ?? "世帯員"} ${step.memberIndex + 1}/${count} 人目`,
    name: typeof name === "string" && name ? name : null,
  };
}

/** 「1〜9人で入力」 for a group's count, 「0以上で入力」 for a number; undefined without bounds. */
export function rangeHint(bundle: Bundle, step: InterviewStep, kind: InputKind): string | undefined {
  if (step.isCount) {
    const group = bundle.questions.find((q) => q.key === step.path);
    return rangeText(group?.minItems, group?.maxItems, "人");
  }
  return kind === "number" ? rangeText(step.question.min, step.question.max, "") : undefined;
}

function rangeText(min: number | undefined, max: number | undefined, unit: string): string | undefined {
  if (min !== undefined && max !== undefined) return `${min}〜${max}${unit}で入力`;
  if (min !== undefined) return `${min}${unit}以上で入力`;
  if (max !== undefined) return `${max}${unit}以下で入力`;
  return undefined;
}

export const TODAY_NOTE = "今日の日付を入れています。違う日なら書き換えてください。";

/**
 * What the input starts with: the stored answer; else today for a date the author marked so (請求日);
 * else the same person's earlier answer (their kana as the 届出人), each with a note saying so.
 */
export function startingValue(
  step: InterviewStep,
  stored: unknown,
  samePerson: SameAsOption | undefined,
): { value: unknown; note?: string } {
  if (stored !== undefined && stored !== null) return { value: stored };
  const today = defaultAnswer(step.question);
  if (today) return { value: today, note: TODAY_NOTE };
  if (samePerson?.samePerson) {
    return {
      value: samePerson.value,
      note: `${samePerson.label}と同じ内容を入れています。違う場合は書き換えてください。`,
    };
  }
  return { value: stored };
}
