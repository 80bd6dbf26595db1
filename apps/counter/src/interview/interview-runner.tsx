"use client";

import type { Bundle } from "@kakanai/engine";
import { Alert, Button, ProgressBar, QuestionStep } from "@kakanai/ui";
import { useEffect } from "react";
import { checkAnswer } from "./engine-adapter";
import { ReviewPanel } from "./review-panel";
import { SaveProblemAlert, SaveStatus } from "./save-status";
import { type SessionSnapshot, useInterview } from "./use-interview";

interface InterviewRunnerProps {
  sessionId: string;
  receptionNumber: string | number;
  flowTitle: string;
  determined: boolean;
  bundle: Bundle;
  initial: SessionSnapshot;
  reload: () => Promise<SessionSnapshot | null>;
}

export function InterviewRunner(props: InterviewRunnerProps) {
  const { sessionId, bundle } = props;
  const iv = useInterview({ sessionId, bundle, initial: props.initial, reload: props.reload });
  const { answered, total } = iv.state.progress;
  const { goBack, previous } = iv;

  // Alt+← goes back like the browser's own shortcut would, but stays inside the interview.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // The question step handles its own Alt+← (and says so by preventing the default).
      if (e.altKey && e.key === "ArrowLeft" && previous && !e.defaultPrevented) {
        e.preventDefault();
        goBack();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [goBack, previous]);

  const pinnedBeforeNext = iv.current && iv.state.next && iv.current.path !== iv.state.next.path;

  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-solid-gray-700">
            受付番号 <span className="font-bold text-solid-gray-900">{props.receptionNumber}</span>
          </p>
          <h1 className="text-[1.75rem] font-bold leading-1-5">{props.flowTitle}</h1>
        </div>
        <SaveStatus saving={iv.saving} savedCount={iv.problem ? 0 : iv.savedCount} />
      </div>
      <ProgressBar
        label="聞き取りの進み具合"
        value={answered}
        max={total}
        // The total grows and shrinks with the answers (a household's members, questions shown by a rule).
        valueText={`回答済み ${answered} 問（全 約${total} 問）`}
      />
      {props.determined && (
        <Alert tone="info" title="この受付は判定済みです">
          回答を直した場合は、もう一度「判定する」を押してください。
          <a href={`/interview/${sessionId}/result`}>判定結果を見る</a>
        </Alert>
      )}
      {iv.problem && <SaveProblemAlert problem={iv.problem} />}
      <section
        aria-label="質問"
        className="rounded-12 border border-solid-gray-200 bg-white p-6 shadow-1 sm:p-8"
      >
        {iv.current ? (
          <QuestionStep
            key={iv.current.path}
            bundle={bundle}
            answers={iv.answers}
            step={iv.current}
            steps={iv.state.steps}
            check={(value) => (iv.current ? checkAnswer(bundle, iv.answers, iv.current, value) : null)}
            storedError={iv.state.errors[iv.current.path]}
            saving={iv.saving}
            canGoBack={Boolean(iv.previous)}
            onBack={iv.goBack}
            onSubmit={(value) => {
              if (iv.current) void iv.save(iv.current, value);
            }}
            onBackToReview={iv.state.done && iv.reviewReturn ? iv.backToReview : undefined}
          />
        ) : (
          <ReviewPanel
            sessionId={sessionId}
            bundle={bundle}
            state={iv.state}
            answers={iv.answers}
            onEdit={(path) => iv.goTo(path, true)}
            onBack={iv.goBack}
            focusPath={iv.reviewReturn}
          />
        )}
      </section>
      {pinnedBeforeNext && (
        <div>
          <Button variant="tertiary" onClick={iv.goToNextUnanswered}>
            未回答の質問へ進む
          </Button>
        </div>
      )}
    </div>
  );
}
