"use client";
import { Alert, Spinner } from "@kakanai/ui";
import { useQuery } from "@tanstack/react-query";
import { formatDateTime, shortHash } from "@/lib/format";
import { readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";

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
        <table className="mt-3 w-full border-collapse text-left">
          <thead>
            <tr className="border-b-2 border-solid-gray-900">
              <th scope="col" className="py-2 pr-4">
                版
              </th>
              <th scope="col" className="py-2 pr-4">
                公開日時
              </th>
              <th scope="col" className="py-2 pr-4">
                公開した人
              </th>
              <th scope="col" className="py-2">
                内容の指紋（ハッシュ）
              </th>
            </tr>
          </thead>
          <tbody>
            {bundles.data.map((b, i) => (
              <tr key={b.seq} className="border-b border-solid-gray-200">
                <td className="py-2 pr-4 font-bold">
                  v{b.seq}
                  {i === 0 && (
                    <span className="ml-2 text-sm font-normal text-green-1000">（窓口で使用中）</span>
                  )}
                </td>
                <td className="py-2 pr-4">{formatDateTime(b.publishedAt)}</td>
                <td className="py-2 pr-4">{b.publishedBy ?? "初期データ"}</td>
                <td className="py-2">
                  <code title={b.contentHash}>{shortHash(b.contentHash)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
