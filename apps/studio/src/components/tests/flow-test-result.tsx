"use client";
import type { FlowTestResult } from "@kakanai/engine";
import { Badge, Button, cn } from "@kakanai/ui";
import type { ReactNode } from "react";

interface Props {
  result: FlowTestResult;
  answers: unknown;
  procedureTitle: (key: string) => string;
  onDuplicate?: () => void;
  onDelete?: () => void;
  /** Opens the answers in the preview's form. */
  onEdit?: () => void;
  /** Offered on a failing test: opens what accepting the actual result would change. */
  onAccept?: () => void;
  /** The open editor or accept panel of this test. */
  children?: ReactNode;
}

const nameList = (keys: string[], title: (key: string) => string) =>
  keys.length > 0 ? keys.map((k) => `${k} ${title(k)}`).join("、") : "なし";

/** One flow test: ✓/✗, what it expects and what the engine decided, and what differs. */
export function FlowTestResultItem({
  result,
  answers,
  procedureTitle,
  onDuplicate,
  onDelete,
  onEdit,
  onAccept,
  children,
}: Props) {
  const problems = result.message.split("\n").filter(Boolean);
  const expectedForms = Object.entries(result.expected.forms ?? {});
  return (
    <li
      className={cn(
        "rounded-8 border bg-white p-4",
        result.ok ? "border-solid-gray-420" : "border-2 border-error-1 bg-red-50",
      )}
    >
      <div className="flex flex-wrap items-center gap-3">
        <Badge tone={result.ok ? "success" : "error"}>{result.ok ? "✓ 成功" : "✗ 失敗"}</Badge>
        <h3 className="font-bold">{result.name}</h3>
      </div>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-bold text-solid-gray-700">期待する手続き</dt>
        <dd>{nameList(result.expected.procedures, procedureTitle)}</dd>
        <dt className="font-bold text-solid-gray-700">実際の判定</dt>
        <dd>{result.ok ? "期待どおり" : nameList(result.actual.procedures, procedureTitle)}</dd>
        {expectedForms.length > 0 && (
          <>
            <dt className="font-bold text-solid-gray-700">期待する様式</dt>
            <dd>{expectedForms.map(([key, n]) => `${key} ${n}件`).join("、")}</dd>
          </>
        )}
      </dl>
      {problems.length > 0 && (
        <ul
          aria-label={`「${result.name}」の食い違い`}
          className="mt-2 list-disc pl-6 font-bold text-error-1"
        >
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-blue-900 underline">回答（JSON）を見る</summary>
        <pre className="mt-1 max-h-64 overflow-auto rounded-4 bg-solid-gray-50 p-2 text-xs">
          {JSON.stringify(answers, null, 2)}
        </pre>
      </details>
      {(onDuplicate || onDelete || onEdit) && (
        <div className="mt-3 flex flex-wrap gap-2">
          {onAccept && !result.ok && (
            <Button size="sm" onClick={onAccept}>
              実際の判定を期待値にする<span className="sr-only">（{result.name}）</span>
            </Button>
          )}
          {onEdit && (
            <Button size="sm" variant="secondary" onClick={onEdit}>
              回答を編集<span className="sr-only">（{result.name}）</span>
            </Button>
          )}
          {onDuplicate && (
            <Button size="sm" variant="secondary" onClick={onDuplicate}>
              このテストを複製<span className="sr-only">（{result.name}）</span>
            </Button>
          )}
          {onDelete && (
            <Button size="sm" variant="tertiary" onClick={onDelete}>
              削除<span className="sr-only">（{result.name}）</span>
            </Button>
          )}
        </div>
      )}
      {children}
    </li>
  );
}
