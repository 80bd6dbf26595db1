"use client";

import { type Answers, type Bundle, getAnswer, type InterviewStep, sameAsOptions } from "@kakanai/engine";
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import { Button } from "../button";
import { cn } from "../cn";
import { Spinner } from "../spinner";
import { itemOptions } from "./answer-text";
import { fromDraft, toDraft } from "./draft";
import { QuestionInput } from "./question-input";
import { SameAsOffer, sameAsShortcut } from "./same-as-offer";
import { inputKind, isRequired, memberContext, rangeHint, startingValue } from "./step-logic";

export interface QuestionStepProps {
  bundle: Bundle;
  answers: Answers;
  step: InterviewStep;
  /** Every visible step in asking order: earlier answers this one may reuse. */
  steps: InterviewStep[];
  /** Japanese message when the value cannot be the answer (usually `checkAnswer`), else null. */
  check: (value: unknown) => string | null;
  onSubmit: (value: unknown) => void;
  canGoBack: boolean;
  onBack: () => void;
  /** Japanese message for a stored answer the engine finds invalid. */
  storedError?: string;
  /** The answer is on its way to the server: 次へ waits and says so. */
  saving?: boolean;
  /** Opened from a list of the answers: a way straight back to it (Esc). */
  onBackToReview?: () => void;
  /** A phone: two wide buttons, no keyboard shortcuts shown. */
  layout?: "desktop" | "phone";
  /** The form's accessible name. */
  formLabel?: string;
  submitLabel?: string;
  backToReviewLabel?: string;
}

/**
 * One question of an interview, the same at the counter, in the studio's preview and on a resident's
 * phone: whom it is about, the input (starting with the stored answer, today or the same person's
 * earlier answer, with a note), its error, earlier answers to reuse (Alt+digit), the range it takes,
 * and 戻る / 次へ (Enter goes on from a radio too, Alt+← goes back, Esc back to the review).
 * The parent keys it by path: what it starts with is fixed while it is on screen.
 */
export function QuestionStep(props: QuestionStepProps) {
  const { bundle, answers, step, saving = false, onBackToReview, layout = "desktop" } = props;
  const pickFrom = itemOptions(answers, step);
  // A question answered by picking a household member is shown as a choice of names.
  const kind = pickFrom ? "choice" : inputKind(step);
  const question = step.question;
  const [sameAs] = useState(() => sameAsOptions(bundle, answers, props.steps, step));
  const [start] = useState(() => startingValue(step, getAnswer(answers, step.path), sameAs[0]));
  const [draft, setDraft] = useState(() => toDraft(kind, start.value));
  const [error, setError] = useState<string | undefined>(props.storedError);
  const focusRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const member = memberContext(bundle, answers, step);
  const desktop = layout === "desktop";

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
    const message = parsed.ok ? props.check(parsed.value) : parsed.error;
    setError(message ?? undefined);
    if (message || !parsed.ok) {
      focusRef.current?.focus();
      return;
    }
    props.onSubmit(parsed.value);
  };

  const pick = (value: unknown) => {
    setDraft(toDraft(kind, value));
    setError(undefined);
    focusRef.current?.focus();
  };

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
    if (e.altKey && e.key === "ArrowLeft" && props.canGoBack && !saving) {
      e.preventDefault();
      props.onBack();
      return;
    }
    // Browsers differ on whether Enter in a radio or checkbox submits; make it always go on.
    const target = e.target as HTMLInputElement;
    if (e.key === "Enter" && (target.type === "radio" || target.type === "checkbox")) {
      e.preventDefault();
      e.currentTarget.requestSubmit();
    }
  };

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
      aria-label={props.formLabel ?? "質問への回答"}
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
        extraHint={start.note ?? rangeHint(bundle, step, kind)}
        postalCodes={bundle.postalCodes}
      />
      <SameAsOffer
        step={step}
        answers={answers}
        options={sameAs}
        onPick={(o) => pick(o.value)}
        shortcuts={desktop}
      />
      <div className={cn(desktop ? "mt-8 flex flex-wrap items-center gap-3" : "mt-6 grid grid-cols-2 gap-3")}>
        <Button
          variant="secondary"
          size="lg"
          onClick={props.onBack}
          disabled={!props.canGoBack || saving}
          aria-keyshortcuts={desktop ? "Alt+ArrowLeft" : undefined}
        >
          戻る
        </Button>
        <Button type="submit" size="lg" disabled={saving} aria-keyshortcuts={desktop ? "Enter" : undefined}>
          {saving ? (
            <Spinner label="保存しています" showLabel />
          ) : kind === "notice" ? (
            "確認して次へ"
          ) : (
            (props.submitLabel ?? "次へ")
          )}
        </Button>
        {onBackToReview && (
          <Button
            variant="tertiary"
            size="lg"
            className={desktop ? undefined : "col-span-2"}
            onClick={onBackToReview}
            aria-keyshortcuts={desktop ? "Escape" : undefined}
          >
            {props.backToReviewLabel ?? "確認画面に戻る"}
          </Button>
        )}
        {desktop && (
          <span className="text-sm text-solid-gray-700">
            Enter で次へ／Alt+← で戻る
            {onBackToReview ? `／Esc で${props.backToReviewLabel ?? "確認画面へ"}` : ""}
          </span>
        )}
      </div>
    </form>
  );
}
