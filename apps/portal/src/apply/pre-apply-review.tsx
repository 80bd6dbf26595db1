"use client";

import { type Answers, type Bundle, getAnswer, type InterviewState } from "@kakanai/engine";
import { Alert, Button, formatAnswer, Spinner } from "@kakanai/ui";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTRPC } from "@/trpc/client";
import { errorMessage } from "@/trpc/provider";
import type { Submitted } from "./pre-apply-done";

interface Props {
  bundleId: string;
  bundle: Bundle;
  state: InterviewState;
  answers: Answers;
  onEdit: (path: string) => void;
  onSubmitted: (s: Submitted) => void;
}

/** Every answer once more; 送信 stores them for 7 days and returns the code to bring. */
export function PreApplyReview({ bundleId, bundle, state, answers, onEdit, onSubmitted }: Props) {
  const trpc = useTRPC();
  const submit = useMutation(trpc.portal.submit.mutationOptions({ onSuccess: onSubmitted }));
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const groupLabel = (key: string | undefined) =>
    bundle.questions.find((q) => q.key === key)?.itemLabel ?? "世帯員";

  return (
    <div>
      <h2 ref={headingRef} tabIndex={-1} className="text-xl font-bold focus-visible:outline-none">
        入力した内容の確認
      </h2>
      <p className="mt-1 text-solid-gray-800">直すところがなければ「送信する」を押してください。</p>
      <dl className="mt-4 divide-y divide-solid-gray-200 border-y border-solid-gray-200">
        {state.steps.map((step) => (
          <div key={step.path} className="grid grid-cols-[1fr_auto] gap-x-3 py-3">
            <dt className="col-start-1 text-sm text-solid-gray-800">
              {step.memberIndex !== undefined && (
                <span className="mr-1 text-blue-1000">
                  {groupLabel(step.groupKey)} {step.memberIndex + 1}
                </span>
              )}
              {step.question.label}
            </dt>
            <dd className="col-start-1 min-w-0 break-words font-bold">
              {formatAnswer(step, getAnswer(answers, step.path), answers)}
            </dd>
            <dd className="col-start-2 row-span-2 row-start-1 self-start">
              <Button variant="tertiary" size="sm" onClick={() => onEdit(step.path)}>
                修正<span className="sr-only">：{step.question.label}</span>
              </Button>
            </dd>
          </div>
        ))}
      </dl>
      {submit.isError && (
        <Alert tone="error" title="送信できませんでした" className="mt-4">
          {errorMessage(submit.error)}
        </Alert>
      )}
      <Button
        size="lg"
        className="mt-6 w-full"
        disabled={submit.isPending}
        onClick={() => submit.mutate({ bundleId, answers: answers as Record<string, never> })}
      >
        {submit.isPending ? <Spinner label="送信しています" showLabel /> : "送信する"}
      </Button>
    </div>
  );
}
