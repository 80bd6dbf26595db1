"use client";

import { Alert, Badge, Button, Card, Spinner } from "@kakanai/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/trpc/client";
import { errorMessage } from "@/trpc/errors";

const KIND_LABEL: Record<string, string> = {
  "jumin-idou": "住民異動",
  shussei: "出生",
  okuyami: "おくやみ",
  shoumei: "証明書",
};

export function StartFlow() {
  const trpc = useTRPC();
  const router = useRouter();
  const flows = useQuery(trpc.counter.flows.queryOptions());
  const start = useMutation(
    trpc.counter.start.mutationOptions({
      onSuccess: ({ sessionId }) => router.push(`/interview/${sessionId}`),
    }),
  );

  return (
    <Card title="新しい受付を始める" aria-busy={flows.isPending}>
      {flows.isPending && <Spinner label="手続きの一覧を読み込んでいます" showLabel />}
      {flows.isError && (
        <Alert
          tone="error"
          title="手続きの一覧を読み込めませんでした"
          actions={
            <Button variant="secondary" onClick={() => flows.refetch()}>
              再試行
            </Button>
          }
        >
          {errorMessage(flows.error)}
        </Alert>
      )}
      {start.isError && (
        <Alert tone="error" title="受付を始められませんでした" className="mb-4">
          {errorMessage(start.error)}
        </Alert>
      )}
      {flows.data?.length === 0 && (
        <p>公開されている手続きがありません。スタジオで手続きの流れ（フロー）を公開してください。</p>
      )}
      {flows.data && flows.data.length > 0 && (
        <ul className="grid gap-3 sm:grid-cols-2">
          {flows.data.map((f) => (
            <li key={f.bundleId}>
              <Button
                variant="secondary"
                size="lg"
                className="w-full"
                disabled={start.isPending}
                onClick={() => start.mutate({ bundleId: f.bundleId })}
              >
                <span className="flex w-full items-center justify-between gap-3 text-left">
                  <span>
                    {f.title}
                    <span className="sr-only">の受付を始める</span>
                  </span>
                  {/* The kind only adds information when the title does not already say it. */}
                  {KIND_LABEL[f.kind] && !f.title.startsWith(KIND_LABEL[f.kind] ?? "") && (
                    <Badge tone="info">{KIND_LABEL[f.kind]}</Badge>
                  )}
                  <span aria-hidden="true">→</span>
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {start.isPending && <Spinner label="受付を準備しています" showLabel className="mt-3" />}
    </Card>
  );
}
