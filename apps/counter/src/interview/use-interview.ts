"use client";

import type { AppRouter } from "@kakanai/api";
import type { Answers, Bundle, InterviewStep } from "@kakanai/engine";
import { useMutation } from "@tanstack/react-query";
import type { inferRouterInputs } from "@trpc/server";
import { useCallback, useMemo, useState } from "react";
import { useTRPC } from "@/trpc/client";
import { errorCode } from "@/trpc/errors";
import { answerAt, interviewState } from "./engine-adapter";

/** JSON value as the api accepts it; every value the inputs produce is plain JSON. */
type AnswerValue = inferRouterInputs<AppRouter>["counter"]["answer"]["value"];

export interface SessionSnapshot {
  answers: Answers;
  revision: number;
}

export type SaveProblem =
  | { kind: "network"; retry: () => void }
  | { kind: "conflict" }
  | { kind: "server"; message: string };

/**
 * Answers, the step on screen, and saving. Every answer is saved before the screen moves on, so a
 * reload, a crash or a second tab never loses or silently overwrites one.
 */
export function useInterview(opts: {
  sessionId: string;
  bundle: Bundle;
  initial: SessionSnapshot;
  reload: () => Promise<SessionSnapshot | null>;
}) {
  const { sessionId, bundle, reload } = opts;
  const trpc = useTRPC();
  const [snapshot, setSnapshot] = useState(opts.initial);
  // null follows the first unanswered step; a path pins a step the clerk went back to.
  const [cursor, setCursor] = useState<string | null>(null);
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  // The answer opened from the review: once everything is answered again, the review comes back to it.
  const [reviewReturn, setReviewReturn] = useState<string | null>(null);
  const [savedCount, setSavedCount] = useState(0);
  const answerMutation = useMutation(trpc.counter.answer.mutationOptions());

  const state = useMemo(() => interviewState(bundle, snapshot.answers), [bundle, snapshot.answers]);
  const pinned = cursor ? state.steps.find((s) => s.path === cursor) : undefined;
  const current: InterviewStep | null = pinned ?? state.next;
  const currentIndex = current ? state.steps.findIndex((s) => s.path === current.path) : state.steps.length;
  const previous = currentIndex > 0 ? state.steps[currentIndex - 1] : undefined;

  const save = useCallback(
    async (step: InterviewStep, value: unknown): Promise<boolean> => {
      setProblem(null);
      try {
        const res = await answerMutation.mutateAsync({
          sessionId,
          path: step.path,
          value: value as AnswerValue,
          revision: snapshot.revision,
        });
        const answers = res.answers as Answers;
        setSnapshot({ answers, revision: res.revision });
        setSavedCount((n) => n + 1);
        // Following the first unanswered step (cursor null), keep following it: answers already given
        // (a resident's pre-application) are not walked through again; after going back, walk forward.
        setCursor(followingStep(bundle, answers, step.path, cursor !== null));
        return true;
      } catch (error) {
        const code = errorCode(error);
        if (code === "CONFLICT") {
          const fresh = await reload();
          if (fresh) setSnapshot(fresh);
          // Stay on this step (same key, so the typed value stays) even if the other tab answered it.
          setCursor(step.path);
          setProblem({ kind: "conflict" });
        } else if (code === null) {
          setProblem({ kind: "network", retry: () => void save(step, value) });
        } else {
          setProblem({ kind: "server", message: error instanceof Error ? error.message : String(error) });
        }
        return false;
      }
    },
    [answerMutation, bundle, cursor, reload, sessionId, snapshot.revision],
  );

  return {
    answers: snapshot.answers,
    state,
    current,
    currentIndex,
    previous,
    problem,
    saving: answerMutation.isPending,
    savedCount,
    save,
    goBack: () => {
      setProblem(null);
      if (previous) setCursor(previous.path);
    },
    reviewReturn,
    goTo: (path: string, fromReview = false) => {
      setProblem(null);
      setReviewReturn(fromReview ? path : null);
      setCursor(path);
    },
    /** Back to the review without changing the answer on screen (only when everything is answered). */
    backToReview: () => {
      setProblem(null);
      setCursor(null);
    },
    goToNextUnanswered: () => {
      setProblem(null);
      setCursor(null);
    },
  };
}

/**
 * After an answer, the step to pin, or null to follow the first unanswered one. Between this step and
 * that one lie steps the engine does not insist on: optional questions never answered (asked on the
 * way, as always) and answers already given. Those are walked through one by one only when the clerk
 * went back to fix an earlier step (`walkAnswered`); otherwise — a resident's pre-application — the
 * answers already given are left for the review.
 */
function followingStep(bundle: Bundle, answers: Answers, path: string, walkAnswered: boolean): string | null {
  const next = interviewState(bundle, answers);
  if (next.done || !next.next) return null;
  const index = next.steps.findIndex((s) => s.path === path);
  const nextIndex = next.steps.findIndex((s) => s.path === next.next?.path);
  if (index < 0) return null;
  for (let i = index + 1; i < nextIndex; i++) {
    const step = next.steps[i];
    if (step && (walkAnswered || answerAt(answers, step.path) === undefined)) return step.path;
  }
  return null;
}
