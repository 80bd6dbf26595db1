"use client";
import { Alert, Button } from "@kakanai/ui";
import { useState } from "react";
import type { FlowDraftState } from "./use-flow-draft";

/**
 * Someone else saved first. Overwriting their work silently is not allowed, and neither is
 * throwing ours away: 「相手の変更に自分の変更を重ねる」 carries the local edits over onto theirs (what
 * both changed is listed to redo); the edits can also be copied or downloaded, and are only thrown
 * away when the admin chooses 「再読み込み」 (and confirms).
 */
export function ConflictAlert({ state, message }: { state: FlowDraftState; message: string }) {
  const [copied, setCopied] = useState<string | null>(null);
  const json = () => JSON.stringify(state.draft, null, 2);

  async function copy() {
    try {
      await navigator.clipboard.writeText(json());
      setCopied("自分の変更をクリップボードにコピーしました。");
    } catch {
      setCopied("コピーできませんでした。「ファイルに保存」を使ってください。");
    }
  }

  function download() {
    const url = URL.createObjectURL(new Blob([json()], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `flow-draft-${state.meta?.key ?? "draft"}.json`;
    a.click();
    URL.revokeObjectURL(url);
  }

  function reload() {
    const ok = window.confirm(
      "再読み込みすると、この画面で行った保存前の変更は消えます。必要ならコピーしてから再読み込みしてください。再読み込みしますか？",
    );
    if (ok) void state.reload();
  }

  return (
    <Alert
      tone="error"
      title="保存できませんでした（ほかの人の更新と重なりました）"
      actions={
        <>
          <Button variant="secondary" onClick={() => void copy()}>
            自分の変更をコピー
          </Button>
          <Button variant="secondary" onClick={download}>
            自分の変更をファイルに保存
          </Button>
          <Button onClick={() => void state.mergeTheirs()}>相手の変更に自分の変更を重ねる</Button>
          <Button variant="secondary" onClick={reload}>
            自分の変更を捨てて再読み込み
          </Button>
        </>
      }
    >
      <p>{message}</p>
      <p className="mt-1">
        あなたの変更はまだ画面に残っています。「相手の変更に自分の変更を重ねる」を選ぶと、最新の下書きにあなたの変更を重ねます（同じ項目を二人とも変えていたら、相手の内容を残してあなたの内容を表示します）。
      </p>
      {copied && <p className="mt-1 font-bold">{copied}</p>}
    </Alert>
  );
}
