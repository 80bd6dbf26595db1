"use client";

import { Alert, Badge, type BadgeTone, Button, Card, Checkbox, Spinner } from "@kakanai/ui";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { HandOver } from "@/hand-over/hand-over";
import { formatDateTime } from "@/lib/format";
import { useTRPC } from "@/trpc/client";
import { errorMessage } from "@/trpc/errors";
import { CancelReception } from "./cancel-reception";

const STATUS: Record<string, { label: string; tone: BadgeTone }> = {
  open: { label: "聞き取り中", tone: "warning" },
  determined: { label: "判定済み", tone: "success" },
  completed: { label: "受付終了", tone: "neutral" },
  cancelled: { label: "取り消し", tone: "error" },
};

/**
 * The receptions the clerk holds, to resume after a reload or a crash: whom each is about (once the
 * interview has the name), its status and times; resume, hand over or cancel. Only unfinished ones
 * unless the clerk asks for finished and cancelled ones too.
 */
export function OpenSessions() {
  const trpc = useTRPC();
  const [finished, setFinished] = useState(false);
  const sessions = useQuery(trpc.counter.openSessions.queryOptions({ finished }));
  const title = finished ? "担当の受付" : "途中の受付";

  return (
    <Card title={title} aside={sessions.data && <Badge>{sessions.data.length} 件</Badge>}>
      <Checkbox
        label="終了・取り消しした受付も表示する"
        checked={finished}
        onChange={(e) => setFinished(e.target.checked)}
        className="mb-2"
      />
      {sessions.isPending && <Spinner label={`${title}を読み込んでいます`} showLabel />}
      {sessions.isError && (
        <Alert
          tone="error"
          title={`${title}を読み込めませんでした`}
          actions={
            <Button variant="secondary" onClick={() => sessions.refetch()}>
              再試行
            </Button>
          }
        >
          {errorMessage(sessions.error)}
        </Alert>
      )}
      {sessions.data?.length === 0 && <p className="text-solid-gray-700">{title}はありません。</p>}
      {sessions.data && sessions.data.length > 0 && (
        <ul className="divide-y divide-solid-gray-200" aria-label={title}>
          {sessions.data.map((s) => (
            <SessionRow key={s.sessionId} session={s} />
          ))}
        </ul>
      )}
    </Card>
  );
}

interface SessionItem {
  sessionId: string;
  flowTitle: string;
  receptionNumber: string;
  status: string;
  residentName: string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
}

function SessionRow({ session: s }: { session: SessionItem }) {
  const status = STATUS[s.status] ?? { label: s.status, tone: "neutral" as const };
  const unfinished = s.status === "open" || s.status === "determined";
  const href = s.status === "determined" ? `/interview/${s.sessionId}/result` : `/interview/${s.sessionId}`;
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 py-3">
      <div>
        <p className="font-bold">
          受付番号 {s.receptionNumber}　
          {s.residentName ?? <span className="text-solid-gray-700">氏名未入力</span>}
        </p>
        <p className="text-sm text-solid-gray-700">
          <Badge tone={status.tone}>{status.label}</Badge>
          <span className="ml-2">{s.flowTitle}</span>
          <span className="ml-2">開始 {formatDateTime(s.createdAt)}</span>
          <span className="ml-2">最終保存 {formatDateTime(s.updatedAt)}</span>
        </p>
      </div>
      {unfinished && (
        <div className="flex flex-wrap items-center gap-3">
          <CancelReception
            sessionId={s.sessionId}
            receptionNumber={s.receptionNumber}
            residentName={s.residentName}
          />
          <HandOver sessionId={s.sessionId} receptionNumber={s.receptionNumber} />
          <Link
            href={href}
            className="inline-flex min-h-11 items-center rounded-8 bg-blue-900 px-4 font-bold text-white no-underline hover:bg-blue-1000 hover:text-white"
          >
            {s.status === "determined" ? "判定結果を見る" : "再開する"}
            <span className="sr-only">（受付番号 {s.receptionNumber}）</span>
          </Link>
        </div>
      )}
    </li>
  );
}
