"use client";
import {
  type Answers,
  type Bundle,
  type Determination,
  determine,
  type FlowTest,
  getAnswer,
  interview,
  setAnswer,
} from "@kakanai/engine";
import { Alert, Button, checkAnswer, formatAnswer, QuestionStep, TextField } from "@kakanai/ui";
import { type FormEvent, useId, useMemo, useState } from "react";
import { DeterminationSummary } from "./determination-summary";
import { ExpectationChangeList } from "./expectation-change";

type Mode =
  | {
      kind: "record";
      takenNames: string[];
      onRecord: (name: string, answers: Answers, d: Determination) => void;
    }
  | { kind: "edit"; test: FlowTest; onSave: (answers: Answers) => void };

interface Props {
  bundle: Bundle;
  mode: Mode;
  onClose: () => void;
}

/**
 * The counter's 一問一答 inside the studio, on the unsaved draft: the engine's interview() decides
 * which question comes next; every answer given is listed with 変更. At the end it shows the
 * determination, which becomes the expectation of a new test (record) or is compared with the
 * test's expectation (edit).
 */
export function InterviewPreview({ bundle, mode, onClose }: Props) {
  const ids = useId();
  const [answers, setAnswers] = useState<Answers>(() =>
    mode.kind === "edit" ? structuredClone(mode.test.answers) : {},
  );
  const [editing, setEditing] = useState<string | null>(null);
  // Paths given an answer here (or present when editing began): an optional question counts as
  // answered for the engine, but the preview still asks it once, as the counter does.
  const [submitted, setSubmitted] = useState<Set<string>>(() =>
    mode.kind === "edit" ? new Set(interview(bundle, mode.test.answers).steps.map((s) => s.path)) : new Set(),
  );
  const [name, setName] = useState("");
  const [nameError, setNameError] = useState<string>();
  const state = useMemo(() => interview(bundle, answers), [bundle, answers]);
  const current =
    (editing && state.steps.find((s) => s.path === editing)) ||
    state.steps.find(
      (s) => !submitted.has(s.path) && (getAnswer(answers, s.path) === undefined || state.errors[s.path]),
    ) ||
    state.next;
  const currentIndex = current ? state.steps.indexOf(current) : state.steps.length;
  const given = state.steps.filter((s) => getAnswer(answers, s.path) !== undefined);
  const result = useMemo((): { ok: true; d: Determination } | { ok: false; error: string } | null => {
    if (!state.done || current) return null;
    try {
      return { ok: true, d: determine(bundle, answers) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }, [bundle, answers, state.done, current]);

  const answer = (value: unknown) => {
    if (!current) return;
    setAnswers((a) => setAnswer(a, current.path, value, bundle));
    setSubmitted((paths) => new Set(paths).add(current.path));
    setEditing(null);
  };
  const back = currentIndex > 0 ? () => setEditing(state.steps[currentIndex - 1]?.path ?? null) : undefined;

  const record = (e: FormEvent) => {
    e.preventDefault();
    if (mode.kind !== "record" || !result?.ok) return;
    const trimmed = name.trim();
    const problem =
      trimmed === ""
        ? "テスト名を入力してください。"
        : mode.takenNames.includes(trimmed)
          ? "同じ名前のテストがあります。別の名前にしてください。"
          : undefined;
    setNameError(problem);
    if (!problem) mode.onRecord(trimmed, answers, result.d);
  };

  const title = mode.kind === "record" ? "回答してテストを記録" : `「${mode.test.name}」の回答を編集`;
  return (
    <section
      aria-labelledby={`${ids}-title`}
      className="mt-4 rounded-8 border-2 border-blue-900 bg-white p-4"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={`${ids}-title`} className="text-lg font-bold">
          {title}
        </h3>
        <Button size="sm" variant="tertiary" onClick={onClose}>
          閉じる<span className="sr-only">（{title}）</span>
        </Button>
      </div>
      <p className="mt-1 text-sm text-solid-gray-700">
        窓口と同じ質問が、保存前の下書きの順番と条件で出ます。
        {mode.kind === "record"
          ? "最後まで答えると判定結果が出て、それを期待値としてテストに保存できます。"
          : "変えたい回答の「変更」を押してください。"}
      </p>
      <p className="mt-2 text-sm font-bold" aria-live="polite">
        回答 {state.progress.answered} / {state.progress.total} 問
      </p>
      <div className="mt-3 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0">
          {current ? (
            <div className="rounded-8 bg-solid-gray-50 p-4">
              {/* The counter's own step: what an author tries here is what the clerk will see. */}
              <QuestionStep
                key={`${current.path}-${editing ? "edit" : "next"}`}
                formLabel="プレビューの質問"
                bundle={bundle}
                answers={answers}
                step={current}
                steps={state.steps}
                check={(value) => checkAnswer(bundle, answers, current, value)}
                storedError={state.errors[current.path]}
                submitLabel={editing ? "この回答にする" : "次へ"}
                onSubmit={answer}
                canGoBack={!editing && back !== undefined}
                onBack={() => back?.()}
                onBackToReview={editing ? () => setEditing(null) : undefined}
                backToReviewLabel="変更をやめる"
              />
            </div>
          ) : result && !result.ok ? (
            <Alert tone="error" title="判定できませんでした">
              <p className="whitespace-pre-line">{result.error}</p>
            </Alert>
          ) : result?.ok ? (
            <div>
              <DeterminationSummary bundle={bundle} answers={answers} determination={result.d} />
              {mode.kind === "record" ? (
                <form onSubmit={record} noValidate aria-label="テストとして保存" className="mt-4 space-y-3">
                  <TextField
                    label="テスト名"
                    hint="例：転入・65歳以上の世帯員あり"
                    value={name}
                    onChange={(e) => {
                      setName(e.target.value);
                      setNameError(undefined);
                    }}
                    error={nameError}
                  />
                  <Button type="submit">この判定結果を期待値にしてテストを保存</Button>
                </form>
              ) : (
                <EditFooter
                  bundle={bundle}
                  test={mode.test}
                  determination={result.d}
                  onSave={() => mode.onSave(answers)}
                />
              )}
            </div>
          ) : null}
        </div>
        <div className="min-w-0">
          <h4 className="font-bold">回答した内容（{given.length}問）</h4>
          {given.length === 0 ? (
            <p className="mt-1 text-sm text-solid-gray-700">まだ回答していません。</p>
          ) : (
            <ol aria-label="回答した内容" className="mt-1 divide-y divide-solid-gray-420 text-sm">
              {given.map((s) => (
                <li key={s.path} className="flex items-start justify-between gap-2 py-1">
                  <span className="min-w-0">
                    <span className="block text-solid-gray-700">
                      {s.memberIndex !== undefined ? `${s.memberIndex + 1}人目 › ` : ""}
                      {s.isCount ? `${s.question.label}（人数）` : s.question.label}
                    </span>
                    <span className="block font-bold break-words">
                      {formatAnswer(s, getAnswer(answers, s.path), answers)}
                    </span>
                  </span>
                  <Button size="sm" variant="tertiary" onClick={() => setEditing(s.path)}>
                    変更<span className="sr-only">（{s.question.label}）</span>
                  </Button>
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
    </section>
  );
}

function EditFooter({
  bundle,
  test,
  determination,
  onSave,
}: {
  bundle: Bundle;
  test: FlowTest;
  determination: Determination;
  onSave: () => void;
}) {
  return (
    <div className="mt-4 space-y-3">
      <ExpectationChangeList
        bundle={bundle}
        test={test}
        determination={determination}
        heading="この回答で実行すると"
      />
      <p className="text-sm text-solid-gray-700">
        保存するのは回答だけです。期待値を変えるときは、保存後に「実際の判定を期待値にする」を使ってください。
      </p>
      <Button onClick={onSave}>回答を保存</Button>
    </div>
  );
}
