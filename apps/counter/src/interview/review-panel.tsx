"use client";

import type { Answers, Bundle, InterviewState } from "@kakanai/engine";
import { Alert, Button, formatAnswer, Spinner } from "@kakanai/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useTRPC } from "@/trpc/client";
import { errorMessage } from "@/trpc/errors";
import { answerAt, memberContext } from "./engine-adapter";

interface ReviewPanelProps {
  sessionId: string;
  bundle: Bundle;
  state: InterviewState;
  answers: Answers;
  onEdit: (path: string) => void;
  onBack: () => void;
}

/** Every answer once more, read back to the resident, then the server determines the procedures. */
export function ReviewPanel({ sessionId, bundle, state, answers, onEdit, onBack }: ReviewPanelProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const finish = useMutation(
    trpc.counter.finish.mutationOptions({ onSuccess: () => router.push(`/interview/${sessionId}/result`) }),
  );
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <div>
      {/* Focused so screen readers announce the new panel; not a control, so no focus ring. */}
      <h2
        ref={headingRef}
        tabIndex={-1}
        className="text-2xl font-bold leading-1-5 focus-visible:shadow-none focus-visible:outline-none"
      >
        内容を確認して判定する
      </h2>
      <p className="mt-1 text-solid-gray-700">
        すべての質問に回答しました。来庁者と内容を確認し、直すところがなければ「判定する」を押してください。
      </p>
      <dl className="mt-6 divide-y divide-solid-gray-200 border-y border-solid-gray-200">
        {state.steps.map((step) => {
          const member = memberContext(bundle, answers, step);
          return (
            <div
              key={step.path}
              className="grid gap-1 py-3 sm:grid-cols-[1fr_1fr_auto] sm:items-center sm:gap-4"
            >
              <dt className="text-solid-gray-800">
                {member && <span className="mr-2 text-sm text-blue-1000">{member.position}</span>}
                {step.question.label}
              </dt>
              <dd className="font-bold">{formatAnswer(step, answerAt(answers, step.path), answers)}</dd>
              <dd>
                <Button variant="tertiary" size="sm" onClick={() => onEdit(step.path)}>
                  修正<span className="sr-only">：{step.question.label}</span>
                </Button>
              </dd>
            </div>
          );
        })}
      </dl>
      {finish.isError && (
        <Alert tone="error" title="判定できませんでした" className="mt-6">
          {errorMessage(finish.error)}
        </Alert>
      )}
      <div className="mt-8 flex flex-wrap gap-3">
        <Button variant="secondary" size="lg" onClick={onBack} disabled={finish.isPending}>
          戻る
        </Button>
        <Button size="lg" onClick={() => finish.mutate({ sessionId })} disabled={finish.isPending}>
          {finish.isPending ? <Spinner label="判定しています" showLabel /> : "判定する"}
        </Button>
      </div>
    </div>
  );
}
