"use client";

import type { Answers, Bundle, InterviewState } from "@kakanai/engine";
import { Alert, Button, formatAnswer, Spinner } from "@kakanai/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef } from "react";
import { useTRPC } from "@/trpc/client";
import { errorMessage } from "@/trpc/errors";
import { answerAt } from "./engine-adapter";
import { reviewSections } from "./review-sections";

interface ReviewPanelProps {
  sessionId: string;
  bundle: Bundle;
  state: InterviewState;
  answers: Answers;
  onEdit: (path: string) => void;
  onBack: () => void;
  /** The answer just edited from here: its 修正 button gets the focus back. */
  focusPath?: string | null;
}

/**
 * Every answer once more, read back to the resident, grouped by person and topic so a family fits a
 * laptop screen; then the server determines the procedures. 判定する comes first in the tab order and
 * stays in view (Ctrl+Enter), Alt+1… jump to a block, and 修正 comes back here.
 */
export function ReviewPanel({
  sessionId,
  bundle,
  state,
  answers,
  onEdit,
  onBack,
  focusPath,
}: ReviewPanelProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const finish = useMutation(
    trpc.counter.finish.mutationOptions({ onSuccess: () => router.push(`/interview/${sessionId}/result`) }),
  );
  const sections = useMemo(
    () => reviewSections(bundle, answers, state.steps),
    [bundle, answers, state.steps],
  );

  useEffect(() => {
    const edited = focusPath
      ? panelRef.current?.querySelector<HTMLButtonElement>(
          `button[data-edit-path="${CSS.escape(focusPath)}"]`,
        )
      : null;
    if (edited) edited.focus();
    else headingRef.current?.focus();
  }, [focusPath]);

  const { mutate, isPending } = finish;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key === "Enter") {
        e.preventDefault();
        if (!isPending) mutate({ sessionId });
        return;
      }
      const digit = e.altKey ? /^Digit([1-9])$/.exec(e.code)?.[1] : undefined;
      const section = digit ? sections[Number(digit) - 1] : undefined;
      if (section) {
        e.preventDefault();
        jumpTo(section.id);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [isPending, mutate, sessionId, sections]);

  return (
    <div ref={panelRef} data-wide-screen>
      <div className="sticky top-0 z-10 -mx-6 -mt-6 border-b border-solid-gray-200 bg-white px-6 pt-6 pb-3 sm:-mx-8 sm:-mt-8 sm:px-8 sm:pt-8">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div>
            {/* Focused so screen readers announce the new panel; not a control, so no focus ring. */}
            <h2
              ref={headingRef}
              tabIndex={-1}
              className="text-2xl font-bold leading-1-5 focus-visible:shadow-none focus-visible:outline-none"
            >
              内容を確認して判定する
            </h2>
            <p className="text-sm text-solid-gray-700">
              来庁者と内容を確認し、直すところがなければ「判定する」を押してください。
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <Button variant="secondary" onClick={onBack} disabled={isPending}>
              戻る
            </Button>
            <Button
              size="lg"
              onClick={() => mutate({ sessionId })}
              disabled={isPending}
              aria-keyshortcuts="Control+Enter"
            >
              {isPending ? <Spinner label="判定しています" showLabel /> : "判定する"}
            </Button>
            <span className="text-sm text-solid-gray-700">Ctrl+Enter</span>
          </div>
        </div>
        <nav aria-label="確認する人と項目" className="mt-2">
          <ul className="flex flex-wrap gap-x-1 gap-y-1 text-sm">
            {sections.map((section, i) => (
              <li key={section.id}>
                <a
                  href={`#review-${section.id}`}
                  aria-keyshortcuts={i < 9 ? `Alt+${i + 1}` : undefined}
                  className="inline-block rounded-4 px-2 py-1 text-blue-1000 underline underline-offset-3 hover:bg-blue-50"
                  onClick={(e) => {
                    e.preventDefault();
                    jumpTo(section.id);
                  }}
                >
                  {i < 9 && <span className="mr-1 text-solid-gray-700">Alt+{i + 1}</span>}
                  {sectionName(section)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {finish.isError && (
        <Alert tone="error" title="判定できませんでした" className="mt-4">
          {errorMessage(finish.error)}
        </Alert>
      )}
      <div className="mt-4 gap-3 md:columns-2 xl:columns-3">
        {sections.map((section) => (
          <section
            key={section.id}
            id={`review-${section.id}`}
            aria-labelledby={`review-${section.id}-title`}
            className="mb-3 break-inside-avoid rounded-8 border border-solid-gray-200 px-3 py-2"
          >
            <h3
              id={`review-${section.id}-title`}
              tabIndex={-1}
              className="font-bold text-blue-1000 focus-visible:outline-4 focus-visible:outline-black"
            >
              {sectionName(section)}
            </h3>
            <dl className="mt-1 divide-y divide-solid-gray-100 text-sm">
              {section.steps.map((step) => (
                <div
                  key={step.path}
                  className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] items-center gap-2 py-0.5"
                >
                  <dt className="text-solid-gray-800">{step.question.label}</dt>
                  <dd className="font-bold break-words">
                    {formatAnswer(step, answerAt(answers, step.path), answers)}
                  </dd>
                  <dd>
                    <Button
                      variant="tertiary"
                      size="sm"
                      data-edit-path={step.path}
                      aria-label={`修正：${step.question.label}${section.id === "general" ? "" : `（${sectionName(section)}）`}`}
                      onClick={() => onEdit(step.path)}
                    >
                      修正
                    </Button>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </div>
  );
}

function sectionName(section: { title: string; name: string | null }): string {
  return section.name ? `${section.title} ${section.name}` : section.title;
}

/** Brings a block into view and puts the keyboard on its heading, so Tab reaches its 修正 buttons. */
function jumpTo(id: string) {
  const heading = document.getElementById(`review-${id}-title`);
  heading?.scrollIntoView({ block: "center" });
  heading?.focus();
}
