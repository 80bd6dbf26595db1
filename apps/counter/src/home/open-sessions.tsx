"use client";

import { Alert, Badge, Button, Card, Spinner } from "@kakanai/ui";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { HandOver } from "@/hand-over/hand-over";
import { formatDateTime } from "@/lib/format";
import { useTRPC } from "@/trpc/client";
import { errorMessage } from "@/trpc/errors";

const STATUS_LABEL: Record<string, string> = { open: "聞き取り中", determined: "判定済み" };

export function OpenSessions() {
  const trpc = useTRPC();
  const sessions = useQuery(trpc.counter.openSessions.queryOptions());

  return (
    <Card title="途中の受付" aside={sessions.data && <Badge>{sessions.data.length} 件</Badge>}>
      {sessions.isPending && <Spinner label="途中の受付を読み込んでいます" showLabel />}
      {sessions.isError && (
        <Alert
          tone="error"
          title="途中の受付を読み込めませんでした"
          actions={
            <Button variant="secondary" onClick={() => sessions.refetch()}>
              再試行
            </Button>
          }
        >
          {errorMessage(sessions.error)}
        </Alert>
      )}
      {sessions.data?.length === 0 && <p className="text-solid-gray-700">途中の受付はありません。</p>}
      {sessions.data && sessions.data.length > 0 && (
        <ul className="divide-y divide-solid-gray-200">
          {sessions.data.map((s) => {
            const href =
              s.status === "determined" ? `/interview/${s.sessionId}/result` : `/interview/${s.sessionId}`;
            return (
              <li key={s.sessionId} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div>
                  <p className="font-bold">
                    受付番号 {s.receptionNumber}　{s.flowTitle}
                  </p>
                  <p className="text-sm text-solid-gray-700">
                    <Badge tone={s.status === "determined" ? "success" : "warning"}>
                      {STATUS_LABEL[s.status] ?? s.status}
                    </Badge>
                    <span className="ml-2">最終更新 {formatDateTime(s.updatedAt)}</span>
                  </p>
                </div>
                <div className="flex flex-wrap items-center gap-3">
                  <HandOver sessionId={s.sessionId} receptionNumber={s.receptionNumber} />
                  <Link
                    href={href}
                    className="inline-flex min-h-11 items-center rounded-8 bg-blue-900 px-4 font-bold text-white no-underline hover:bg-blue-1000 hover:text-white"
                  >
                    {s.status === "determined" ? "判定結果を見る" : "再開する"}
                    <span className="sr-only">（受付番号 {s.receptionNumber}）</span>
                  </Link>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
