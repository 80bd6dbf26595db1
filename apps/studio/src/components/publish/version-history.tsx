"use client";
import { Alert, Spinner } from "@kakanai/ui";
import { useQuery } from "@tanstack/react-query";
import { formatDateTime, shortHash } from "@/lib/format";
import { readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";
import { ChangeList } from "./change-list";

export function VersionHistory({ flowId }: { flowId: string }) {
  const trpc = useTRPC();
  const bundles = useQuery(trpc.studio.flows.bundles.queryOptions({ flowId }));
  return (
    <section aria-labelledby="history-heading" className="mt-10">
      <h2 id="history-heading" className="text-xl font-bold">
        公開の履歴
      </h2>
      <p className="mt-1 text-sm text-solid-gray-700">
        公開した版は変更されません。窓口は受付を始めたときの版で最後まで進みます。
      </p>
      {bundles.isPending && <Spinner label="履歴を読み込んでいます" showLabel />}
      {bundles.isError && <Alert tone="error">{readError(bundles.error).message}</Alert>}
      {bundles.data?.length === 0 && <p className="mt-3">まだ公開されていません。</p>}
      {bundles.data && bundles.data.length > 0 && (
        <ol aria-label="公開した版（新しい順）" className="mt-3 space-y-3">
          {bundles.data.map((b, i) => (
            <li key={b.seq} className="rounded-8 border border-solid-gray-420 bg-white p-4">
              <h3 className="text-lg font-bold">
                v{b.seq}
                {i === 0 && (
                  <span className="ml-2 text-sm font-normal text-green-1000">（窓口で使用中）</span>
                )}
              </h3>
              <dl className="mt-1 flex flex-wrap gap-x-6 gap-y-1 text-sm">
                <div>
                  <dt className="inline font-bold">公開日時: </dt>
                  <dd className="inline">{formatDateTime(b.publishedAt)}</dd>
                </div>
                <div>
                  <dt className="inline font-bold">公開した人: </dt>
                  <dd className="inline">{b.publishedBy ?? "初期データ"}</dd>
                </div>
                <div>
                  <dt className="inline font-bold">内容の指紋（ハッシュ）: </dt>
                  <dd className="inline">
                    <code title={b.contentHash}>{shortHash(b.contentHash)}</code>
                  </dd>
                </div>
              </dl>
              <VersionChanges flowId={flowId} seq={b.seq} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function VersionChanges({ flowId, seq }: { flowId: string; seq: number }) {
  const trpc = useTRPC();
  const diff = useQuery(
    trpc.studio.flows.diff.queryOptions({ flowId, seq }, { staleTime: Number.POSITIVE_INFINITY }),
  );
  if (diff.isPending) return <Spinner label={`v${seq} の変更点を調べています`} showLabel />;
  if (diff.isError) return <p className="mt-2 text-error-1">{readError(diff.error).message}</p>;
  if (diff.data.fromSeq === null) return <p className="mt-2 text-solid-gray-700">最初の版です。</p>;
  return (
    <ChangeList
      label={`v${diff.data.fromSeq} からの変更`}
      changes={diff.data.changes}
      empty={`v${diff.data.fromSeq} と同じ内容です（変更はありません）。`}
    />
  );
}
