"use client";
import { Alert, Badge, Button, PageTitle, Spinner } from "@kakanai/ui";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { flowKindLabels } from "@/lib/question-kinds";
import { readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";

export function FlowList() {
  const trpc = useTRPC();
  const flows = useQuery(trpc.studio.flows.list.queryOptions());

  return (
    <>
      <PageTitle lead="編集するフローを選んでください。編集は下書きに保存され、「公開する」まで窓口には反映されません。">
        フロー一覧
      </PageTitle>
      {flows.isPending && <Spinner label="フローを読み込んでいます" showLabel />}
      {flows.isError && (
        <Alert
          tone="error"
          title="フローを読み込めませんでした"
          actions={<Button onClick={() => flows.refetch()}>再読み込み</Button>}
        >
          {readError(flows.error).message}
        </Alert>
      )}
      {flows.data?.length === 0 && <Alert tone="info">編集できるフローはまだありません。</Alert>}
      {flows.data && flows.data.length > 0 && (
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">フロー一覧</caption>
          <thead>
            <tr className="border-b-2 border-solid-gray-900">
              <th scope="col" className="py-3 pr-4">
                フロー名
              </th>
              <th scope="col" className="py-3 pr-4">
                種類
              </th>
              <th scope="col" className="py-3 pr-4">
                下書き版
              </th>
              <th scope="col" className="py-3">
                窓口で使われている版
              </th>
            </tr>
          </thead>
          <tbody>
            {flows.data.map((flow) => (
              <tr key={flow.id} className="border-b border-solid-gray-200 hover:bg-blue-50">
                <td className="py-3 pr-4">
                  <Link href={`/flows/${flow.id}`} className="text-lg font-bold">
                    {flow.title}
                  </Link>
                </td>
                <td className="py-3 pr-4">{flowKindLabels[flow.kind] ?? flow.kind}</td>
                <td className="py-3 pr-4">第{flow.draftVersion}版</td>
                <td className="py-3">
                  {flow.latestSeq === null ? (
                    <Badge tone="warning">未公開</Badge>
                  ) : (
                    <Badge tone="success">最新公開 v{flow.latestSeq}</Badge>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
