"use client";

import { type Answers, type Bundle, type InterviewStep, sameAsOptions } from "@kakanai/engine";
import { Button, defaultAnswer, fromDraft, QuestionInput, Spinner, toDraft } from "@kakanai/ui";
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import { answerAt, checkAnswer, inputKind, isRequired, itemOptions, memberContext } from "./engine-adapter";
import { SameAsOffer, sameAsShortcut } from "./same-as-offer";

interface StepViewProps {
  bundle: Bundle;
  answers: Answers;
  step: InterviewStep;
  /** Every visible step in asking order: earlier answers this one may reuse. */
  steps: InterviewStep[];
  /** Japanese message for a stored answer the engine finds invalid. */
  storedError?: string;
  saving: boolean;
  canGoBack: boolean;
  onBack: () => void;
  onSubmit: (value: unknown) => void;
  /** Opened from the review: a way straight back to it. */
  onBackToReview?: () => void;
}

/** One question: member context, the input, its error, and 戻る / 次へ. Keyed by path by the parent. */
export function StepView({
  bundle,
  answers,
  step,
  steps,
  storedError,
  saving,
  canGoBack,
  onBack,
  onSubmit,
  onBackToReview,
}: StepViewProps) {
  const pickFrom = itemOptions(answers, step);
  // A question answered by picking a household member is shown as a choice of names.
  const kind = pickFrom ? "choice" : inputKind(step);
  const question = step.question;
  // Fixed while the step is on screen (the parent keys it by path).
  const [sameAs] = useState(() => sameAsOptions(bundle, answers, steps, step));
  const [start] = useState(() => startingValue(step, answerAt(answers, step.path), sameAs[0]));
  const [draft, setDraft] = useState(() => toDraft(kind, start.value));
  const [error, setError] = useState<string | undefined>(storedError);
  const focusRef = useRef<HTMLInputElement>(null);
  const member = memberContext(bundle, answers, step);

  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // A notice has no input: focus its 「確認して次へ」 button so Enter still goes on.
    if (focusRef.current) focusRef.current.focus();
    else formRef.current?.querySelector<HTMLButtonElement>("button[type=submit]")?.focus();
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const raw = fromDraft(kind, draft);
    const parsed =
      pickFrom && raw.ok && raw.value !== null ? { ok: true as const, value: Number(raw.value) } : raw;
    const message = parsed.ok ? checkAnswer(bundle, answers, step, parsed.value) : parsed.error;
    setError(message ?? undefined);
    if (message || !parsed.ok) {
      focusRef.current?.focus();
      return;
    }
    onSubmit(parsed.value);
  };

  // Browsers differ on whether Enter in a radio or checkbox submits; make it always go on.
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    const picked = sameAsShortcut(e, sameAs);
    if (picked) {
      e.preventDefault();
      pick(picked.value);
      return;
    }
    if (e.key === "Escape" && onBackToReview) {
      e.preventDefault();
      onBackToReview();
      return;
    }
    const target = e.target as HTMLInputElement;
    if (e.key === "Enter" && (target.type === "radio" || target.type === "checkbox")) {
      e.preventDefault();
      e.currentTarget.requestSubmit();
    }
  };

  const pick = (value: unknown) => {
    setDraft(toDraft(kind, value));
    setError(undefined);
    focusRef.current?.focus();
  };

  const isGroup = step.isCount;
  const groupQuestion = isGroup ? bundle.questions.find((q) => q.key === step.path) : undefined;
  const rangeHint = isGroup
    ? rangeText(groupQuestion?.minItems, groupQuestion?.maxItems, "人")
    : kind === "number"
      ? rangeText(question.min, question.max, "")
      : undefined;

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
      aria-label="質問への回答"
      data-path={step.path}
      data-kind={kind}
    >
      {member && (
        <p className="mb-3 inline-flex flex-wrap items-baseline gap-2 rounded-8 bg-blue-50 px-3 py-1 text-blue-1100">
          <span className="font-bold">{member.position}</span>
          {member.name && <span>{member.name} さん</span>}
        </p>
      )}
      <QuestionInput
        kind={kind}
        label={question.label}
        help={question.help}
        options={pickFrom ?? question.options}
        required={isRequired(step) && kind !== "notice"}
        placeholder={question.placeholder}
        draft={draft}
        onDraft={(d) => {
          setDraft(d);
          if (error) setError(undefined);
        }}
        error={error}
        focusRef={focusRef}
        extraHint={start.note ?? rangeHint}
        postalCodes={bundle.postalCodes}
      />
      <SameAsOffer step={step} answers={answers} options={sameAs} onPick={(o) => pick(o.value)} />
      <div className="mt-8 flex flex-wrap items-center gap-3">
        <Button
          variant="secondary"
          size="lg"
          onClick={onBack}
          disabled={!canGoBack || saving}
          aria-keyshortcuts="Alt+ArrowLeft"
        >
          戻る
        </Button>
        <Button type="submit" size="lg" disabled={saving} aria-keyshortcuts="Enter">
          {saving ? (
            <Spinner label="保存しています" showLabel />
          ) : kind === "notice" ? (
            "確認して次へ"
          ) : (
            "次へ"
          )}
        </Button>
        {onBackToReview && (
          <Button variant="tertiary" size="lg" onClick={onBackToReview} aria-keyshortcuts="Escape">
            確認画面に戻る
          </Button>
        )}
        <span className="text-sm text-solid-gray-700">
          Enter で次へ／Alt+← で戻る{onBackToReview ? "／Esc で確認画面へ" : ""}
        </span>
      </div>
    </form>
  );
}

function rangeText(min: number | undefined, max: number | undefined, unit: string): string | undefined {
  if (min !== undefined && max !== undefined) return `${min}〜${max}${unit}で入力`;
  if (min !== undefined) return `${min}${unit}以上で入力`;
  if (max !== undefined) return `${max}${unit}以下で入力`;
  return undefined;
}

/**
 * What the input starts with: the stored answer; else today for a date the author marked so (請求日);
 * else the same person's earlier answer (their kana as the 届出人), each with a note saying so.
 */
function startingValue(
  step: InterviewStep,
  stored: unknown,
  samePerson: { label: string; value: unknown; samePerson: boolean } | undefined,
): { value: unknown; note?: string } {
  if (stored !== undefined && stored !== null) return { value: stored };
  const today = defaultAnswer(step.question);
  if (today) return { value: today, note: "今日の日付を入れています。違う日なら書き換えてください。" };
  if (samePerson?.samePerson) {
    return {
      value: samePerson.value,
      note: `${samePerson.label}と同じ内容を入れています。違う場合は書き換えてください。`,
    };
  }
  return { value: stored };
}
