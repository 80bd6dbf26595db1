"use client";

import { type Answers, type Bundle, type InterviewStep, interview, setAnswer } from "@kakanai/engine";
import { checkAnswer, ProgressBar, QuestionStep } from "@kakanai/ui";
import { useMemo, useState } from "react";
import { PreApplyDone, type Submitted } from "./pre-apply-done";
import { PreApplyReview } from "./pre-apply-review";

/**
 * The resident's interview: the same engine as the counter on the flow's resident questions, one
 * question per screen. The answers stay in this page's memory until 送信 (never in the browser's
 * storage: a phone may be shared), and the server checks them again before storing.
 */
export function PreApplyRunner({
  bundleId,
  title,
  bundle,
}: {
  bundleId: string;
  title: string;
  bundle: Bundle;
}) {
  const [answers, setAnswers] = useState<Answers>({});
  // null follows the first unanswered question; a path pins one the resident went back to.
  const [cursor, setCursor] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState<Submitted | null>(null);
  const state = useMemo(() => interview(bundle, answers), [bundle, answers]);
  const current = (cursor ? state.steps.find((s) => s.path === cursor) : undefined) ?? state.next;
  const index = current ? state.steps.findIndex((s) => s.path === current.path) : state.steps.length;
  const previous = index > 0 ? state.steps[index - 1] : undefined;

  if (submitted) return <PreApplyDone title={title} submitted={submitted} />;

  const answer = (step: InterviewStep, value: unknown) => {
    const next = setAnswer(answers, step.path, value, bundle);
    setAnswers(next);
    // Going forward from a question the resident went back to: the one after it, until the first open one.
    const after = interview(bundle, next);
    const at = after.steps.findIndex((s) => s.path === step.path);
    const open = after.next ? after.steps.findIndex((s) => s.path === after.next?.path) : after.steps.length;
    setCursor(at >= 0 && at + 1 < open ? (after.steps[at + 1]?.path ?? null) : null);
    window.scrollTo(0, 0);
  };

  const { answered, total } = state.progress;
  return (
    <div className="grid gap-4">
      <div>
        <p className="text-solid-gray-700">来庁前の事前入力</p>
        <h1 className="text-2xl font-bold leading-1-5">{title}</h1>
      </div>
      <ProgressBar
        label="入力の進み具合"
        value={answered}
        max={total}
        valueText={`${answered} / ${total} 問 入力済み`}
      />
      <section aria-label="質問" className="rounded-12 border border-solid-gray-200 bg-white p-4 shadow-1">
        {current ? (
          // The counter's own step, laid out for a phone: the same starting values, offers and checks.
          <QuestionStep
            key={current.path}
            layout="phone"
            bundle={bundle}
            answers={answers}
            step={current}
            steps={state.steps}
            check={(value) => checkAnswer(bundle, answers, current, value)}
            storedError={state.errors[current.path]}
            canGoBack={Boolean(previous)}
            onBack={() => previous && setCursor(previous.path)}
            onSubmit={(value) => answer(current, value)}
          />
        ) : (
          <PreApplyReview
            bundleId={bundleId}
            bundle={bundle}
            state={state}
            answers={answers}
            onEdit={setCursor}
            onSubmitted={setSubmitted}
          />
        )}
      </section>
    </div>
  );
}
