"use client";
import { Alert, Badge, Button, PageTitle, Spinner } from "@kakanai/ui";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { flowKindLabels } from "@/lib/question-kinds";
import { readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";
import { FlowImport } from "./flow-import";
import { FlowRowActions } from "./flow-row-actions";
import { NewFlowForm } from "./new-flow-form";
import { PublishRequestList } from "./publish-requests";

type Opened = "new" | "import" | null;

export function FlowList() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const reviews = me.data?.roles.some((r) => r === "publisher" || r === "system_admin") ?? false;
  const flows = useQuery(trpc.studio.flows.list.queryOptions());
  const owners = useQuery(trpc.studio.flowAdmin.owners.queryOptions());
  const [opened, setOpened] = useState<Opened>(null);
  const [result, setResult] = useState<{ message: string; tone: "success" | "error"; href?: string } | null>(
    null,
  );

  return (
    <>
      <PageTitle lead="編集するフローを選んでください。編集は下書きに保存され、「公開する」まで窓口には反映されません。">
        フロー一覧
      </PageTitle>
      {reviews && <PublishRequestList />}
      <div className="mb-4 flex flex-wrap gap-2">
        <Button
          aria-expanded={opened === "new"}
          disabled={!owners.data?.length}
          onClick={() => setOpened(opened === "new" ? null : "new")}
        >
          新しいフローを作る
        </Button>
        <Button
          variant="secondary"
          aria-expanded={opened === "import"}
          disabled={!owners.data?.length}
          onClick={() => setOpened(opened === "import" ? null : "import")}
        >
          JSONファイルから読み込む
        </Button>
      </div>
      {opened === "new" && owners.data && (
        <NewFlowForm owners={owners.data} onCancel={() => setOpened(null)} />
      )}
      {opened === "import" && owners.data && (
        <FlowImport owners={owners.data} onClose={() => setOpened(null)} />
      )}
      <div aria-live="polite">
        {result && (
          <Alert
            tone={result.tone}
            actions={result.href ? <Link href={result.href}>開く</Link> : undefined}
            className="mb-4"
          >
            {result.message}
          </Alert>
        )}
      </div>
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
                下書き
              </th>
              <th scope="col" className="py-3 pr-4">
                窓口で使われている版
              </th>
              <th scope="col" className="py-3">
                操作
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
                  <span className="ml-2 text-sm text-solid-gray-700">キー: {flow.key}</span>
                </td>
                <td className="py-3 pr-4">{flowKindLabels[flow.kind] ?? flow.kind}</td>
                <td className="py-3 pr-4">
                  {flow.latestSeq === null ? (
                    "まだ公開していません"
                  ) : flow.unpublishedChanges ? (
                    <Badge tone="warning">未公開の変更あり</Badge>
                  ) : (
                    "公開中の版と同じ"
                  )}
                </td>
                <td className="py-3 pr-4">
                  {flow.latestSeq === null ? (
                    <Badge tone="warning">未公開</Badge>
                  ) : (
                    <Badge tone="success">公開中 v{flow.latestSeq}</Badge>
                  )}
                </td>
                <td className="py-3">
                  <FlowRowActions flow={flow} onResult={setResult} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
