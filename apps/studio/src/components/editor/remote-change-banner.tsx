"use client";
import { Alert, Button } from "@kakanai/ui";
import { useState } from "react";
import type { FlowDraftState } from "./use-flow-draft";

const time = (d: Date | string) =>
  new Date(d).toLocaleTimeString("ja-JP", { hour: "2-digit", minute: "2-digit", timeZone: "Asia/Tokyo" });

/**
 * Another admin saved this draft or published a version while it is open here (the editor polls
 * studio.flows.status). Say who and when before a save collides, and offer to carry this screen's
 * changes over onto theirs; after that, list what could not be carried over, with this screen's
 * version of each, to redo by hand.
 */
export function RemoteChangeBanner({ state }: { state: FlowDraftState }) {
  const { remote, version, dirty, merged } = state;
  const [firstSeq] = useState(() => remote?.latestSeq ?? null);
  const [seenSeq, setSeenSeq] = useState<number | null>(null);
  const knownSeq = seenSeq ?? firstSeq ?? remote?.latestSeq ?? null;

  if (merged)
    return (
      <Alert
        tone={merged.conflicts.length > 0 ? "warning" : "success"}
        title={
          merged.conflicts.length > 0
            ? `相手の変更を取り込みました。重なった ${merged.conflicts.length} 件はやり直してください`
            : "相手の変更を取り込み、あなたの変更を重ねました"
        }
        actions={
          <Button variant="secondary" onClick={state.dismissMerged}>
            閉じる
          </Button>
        }
      >
        <p>まだ保存されていません。内容を確かめてから「保存」を押してください。</p>
        {merged.conflicts.length > 0 && (
          <ul className="mt-2 list-disc space-y-2 pl-6">
            {merged.conflicts.map((c) => (
              <li key={c.item}>
                {c.item}: あなたは{sideLabel[c.mine]}、相手は{sideLabel[c.theirs]}
                ため、相手の内容を残しました。
                {c.myVersion !== undefined && (
                  <details className="mt-1">
                    <summary className="cursor-pointer underline">あなたの内容を見る</summary>
                    <pre className="mt-1 max-h-48 overflow-auto rounded-4 bg-solid-gray-50 p-2 text-xs">
                      {JSON.stringify(c.myVersion, null, 2)}
                    </pre>
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
      </Alert>
    );

  if (!remote || version === null) return null;
  const newerDraft = remote.draftVersion > version;
  const newerSeq = remote.latestSeq !== null && knownSeq !== null && remote.latestSeq > knownSeq;
  if (!newerDraft && !newerSeq) return null;

  const who = remote.updatedByMe ? "あなた（別の画面）" : `${remote.updatedByName ?? "別の管理者"}さん`;
  return (
    <Alert
      tone="warning"
      title={
        newerDraft
          ? `${who}が ${time(remote.updatedAt)} にこの下書きを保存しました（第${remote.draftVersion}版）`
          : `新しい版 v${remote.latestSeq} が公開されました`
      }
      actions={
        newerDraft ? (
          <Button onClick={() => void (dirty ? state.mergeTheirs() : state.reload())}>
            {dirty ? "相手の変更を取り込み、自分の変更を重ねる" : "最新の下書きを読み込む"}
          </Button>
        ) : (
          <Button variant="secondary" onClick={() => setSeenSeq(remote.latestSeq)}>
            確認しました
          </Button>
        )
      }
    >
      {newerDraft ? (
        <p>
          この画面は第{version}版をもとにしています。
          {dirty
            ? "このまま保存すると重なって保存できません。取り込むと、あなたの保存前の変更は残したまま最新の下書きに重ねます。"
            : "保存前の変更はないので、最新の下書きを読み込めます。"}
        </p>
      ) : (
        <p>窓口ではこの版が使われます。公開の内容は「公開」タブの履歴で確認できます。</p>
      )}
    </Alert>
  );
}

const sideLabel = { changed: "変更した", removed: "削除した", added: "追加した" } as const;
