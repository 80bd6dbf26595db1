"use client";
import {
  type Answers,
  type Bundle,
  getAnswer,
  type InterviewStep,
  interview,
  japanToday,
  setAnswer,
  validateAnswer,
} from "@kakanai/engine";
import {
  Button,
  defaultAnswer,
  fromDraft,
  type InputKind,
  itemOptions,
  personName,
  QuestionInput,
  toDraft,
} from "@kakanai/ui";
import { type FormEvent, useEffect, useRef, useState } from "react";

interface Props {
  bundle: Bundle;
  answers: Answers;
  step: InterviewStep;
  submitLabel: string;
  onSubmit: (value: unknown) => void;
  onBack?: () => void;
  onCancel?: () => void;
}

/**
 * One question of the preview, asked with the counter's own input (packages/ui) and checked as the
 * counter checks it: the engine's validateAnswer (with today's date in Japan for a date's bound), then the interview's errors for rules across answers.
 */
export function PreviewStep({ bundle, answers, step, submitLabel, onSubmit, onBack, onCancel }: Props) {
  const picks = itemOptions(answers, step);
  const kind: InputKind = picks ? "choice" : step.isCount ? "count" : step.question.kind;
  const [draft, setDraft] = useState(() =>
    toDraft(kind, getAnswer(answers, step.path) ?? defaultAnswer(step.question)),
  );
  const [error, setError] = useState<string | undefined>();
  const focusRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const required = (step.required ?? step.question.required) !== false;

  // The preview opens on a click, so each question takes the focus as it appears, as at the counter.
  useEffect(() => {
    if (focusRef.current) focusRef.current.focus();
    else formRef.current?.querySelector<HTMLButtonElement>("button[type=submit]")?.focus();
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const raw = fromDraft(kind, draft);
    if (!raw.ok) return setError(raw.error);
    const value = picks && raw.value !== null ? Number(raw.value) : raw.value;
    let message: string | null = null;
    if (value === null || value === undefined) {
      message = required ? "回答を入力してください。この質問は省略できません。" : null;
    } else {
      message =
        validateAnswer(step, value, { today: japanToday() }) ??
        interview(bundle, setAnswer(answers, step.path, value, bundle)).errors[step.path] ??
        null;
    }
    setError(message ?? undefined);
    if (message) {
      focusRef.current?.focus();
      return;
    }
    onSubmit(value);
  };

  const group = step.groupKey ? bundle.questions.find((q) => q.key === step.groupKey) : undefined;
  const items = step.groupKey ? getAnswer(answers, step.groupKey) : undefined;
  const count = Array.isArray(items) ? items.length : 0;
  const range =
    kind === "number" && (step.question.min !== undefined || step.question.max !== undefined)
      ? `${step.question.min ?? ""}〜${step.question.max ?? ""}で入力`
      : undefined;

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      noValidate
      aria-label="プレビューの質問"
      data-path={step.path}
      data-kind={kind}
    >
      {step.memberIndex !== undefined && (
        <p className="mb-3 inline-flex flex-wrap items-baseline gap-2 rounded-8 bg-blue-50 px-3 py-1 text-blue-1100">
          <span className="font-bold">
            {group?.itemLabel ?? "世帯員"} {step.memberIndex + 1}/{count} 人目
          </span>
          {Array.isArray(items) && <span>{personName(items[step.memberIndex], step.memberIndex)}</span>}
        </p>
      )}
      <QuestionInput
        kind={kind}
        label={step.question.label}
        help={step.question.help}
        options={picks ?? step.question.options}
        required={required && kind !== "notice"}
        placeholder={step.question.placeholder}
        draft={draft}
        onDraft={(d) => {
          setDraft(d);
          if (error) setError(undefined);
        }}
        error={error}
        focusRef={focusRef}
        extraHint={range}
        postalCodes={bundle.postalCodes}
      />
      <div className="mt-6 flex flex-wrap items-center gap-3">
        {onBack && (
          <Button variant="secondary" onClick={onBack}>
            戻る
          </Button>
        )}
        <Button type="submit">{kind === "notice" ? "確認して次へ" : submitLabel}</Button>
        {onCancel && (
          <Button variant="tertiary" onClick={onCancel}>
            変更をやめる
          </Button>
        )}
      </div>
    </form>
  );
}
