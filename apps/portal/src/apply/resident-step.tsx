"use client";

import { type Answers, type Bundle, getAnswer, type InterviewStep } from "@kakanai/engine";
import { Button, fromDraft, itemOptions, QuestionInput, toDraft } from "@kakanai/ui";
import { type FormEvent, useEffect, useRef, useState } from "react";

interface ResidentStepProps {
  bundle: Bundle;
  answers: Answers;
  step: InterviewStep;
  check: (step: InterviewStep, value: unknown) => string | null;
  canGoBack: boolean;
  onBack: () => void;
  onAnswer: (value: unknown) => void;
}

/** One question on a phone: who it is about, the input (和暦 dates, addresses by postal code), 次へ. */
export function ResidentStep({
  bundle,
  answers,
  step,
  check,
  canGoBack,
  onBack,
  onAnswer,
}: ResidentStepProps) {
  const picks = itemOptions(answers, step);
  const kind = picks ? "choice" : step.isCount ? "count" : step.question.kind;
  const [draft, setDraft] = useState(() => toDraft(kind, getAnswer(answers, step.path)));
  const [error, setError] = useState<string>();
  const focusRef = useRef<HTMLInputElement>(null);
  useEffect(() => focusRef.current?.focus(), []);
  const required = (step.required ?? step.question.required) !== false;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = fromDraft(kind, draft);
    if (!parsed.ok) return setError(parsed.error);
    const value = picks && parsed.value !== null ? Number(parsed.value) : parsed.value;
    const message =
      value === null || value === undefined
        ? required
          ? "入力してください。この質問は省略できません。"
          : null
        : check(step, value);
    if (message) {
      setError(message);
      focusRef.current?.focus();
      return;
    }
    onAnswer(value);
  };

  const group = step.groupKey ? bundle.questions.find((q) => q.key === step.groupKey) : undefined;
  const who =
    step.memberIndex !== undefined ? `${group?.itemLabel ?? "世帯員"} ${step.memberIndex + 1} 人目` : null;
  const whoName =
    step.memberIndex !== undefined ? getAnswer(answers, `${step.groupKey}.${step.memberIndex}.name`) : null;

  return (
    <form onSubmit={submit} noValidate aria-label="質問への回答" data-path={step.path} data-kind={kind}>
      {who && (
        <p className="mb-3 inline-flex flex-wrap gap-2 rounded-8 bg-blue-50 px-3 py-1 text-blue-1100">
          <span className="font-bold">{who}</span>
          {typeof whoName === "string" && whoName && <span>{whoName} さん</span>}
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
          setError(undefined);
        }}
        error={error}
        focusRef={focusRef}
        postalCodes={bundle.postalCodes}
      />
      <div className="mt-6 grid grid-cols-2 gap-3">
        <Button variant="secondary" size="lg" onClick={onBack} disabled={!canGoBack}>
          戻る
        </Button>
        <Button type="submit" size="lg">
          次へ
        </Button>
      </div>
    </form>
  );
}
