"use client";

import { Alert, Button } from "@kakanai/ui";
import type { SaveProblem } from "./use-interview";

/** A quiet 「保存しました」 after each answer; screen readers hear it politely, never interrupting. */
export function SaveStatus({ saving, savedCount }: { saving: boolean; savedCount: number }) {
  return (
    <p role="status" aria-live="polite" className="min-h-6 text-sm text-solid-gray-700">
      {saving ? (
        "保存しています…"
      ) : savedCount > 0 ? (
        <span className="text-success-2">✓ 保存しました</span>
      ) : null}
    </p>
  );
}

export function SaveProblemAlert({ problem }: { problem: SaveProblem }) {
  if (problem.kind === "network")
    return (
      <Alert
        tone="error"
        title="回答を保存できませんでした"
        actions={<Button onClick={problem.retry}>再試行</Button>}
      >
        サーバーに接続できませんでした。入力した内容はこの画面に残っています。ネットワークの接続を確認して「再試行」を押してください。
      </Alert>
    );
  if (problem.kind === "conflict")
    return (
      <Alert tone="warning" title="ほかの画面でこの受付が更新されていました">
        最新の回答を読み込み直しました。表示中の入力内容を確認して、もう一度「次へ」を押してください。
      </Alert>
    );
  return (
    <Alert tone="error" title="回答を保存できませんでした">
      {problem.message}
    </Alert>
  );
}
