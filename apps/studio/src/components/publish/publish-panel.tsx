"use client";
import { Alert, Button } from "@kakanai/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { formatDateTime, shortHash } from "@/lib/format";
import { readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";
import type { FlowDraftState } from "../editor/use-flow-draft";
import { IssueList } from "./issue-list";
import { VersionHistory } from "./version-history";

const publisherRoles = new Set(["publisher", "system_admin"]);

export function PublishPanel({ flowId, state }: { flowId: string; state: FlowDraftState }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.auth.me.queryOptions());
  const canPublish = me.data?.roles.some((r) => publisherRoles.has(r)) ?? false;
  const publish = useMutation(
    trpc.studio.flows.publish.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.studio.flows.bundles.queryKey({ flowId }) });
        void queryClient.invalidateQueries({ queryKey: trpc.studio.flows.list.queryKey() });
      },
    }),
  );
  const blocked = state.dirty
    ? "保存していない変更があります。先に画面上部の「保存」を押してから公開してください。"
    : null;
  const reason = !canPublish
    ? "公開できるのは公開担当者とシステム管理者です。公開担当者に依頼してください。"
    : blocked;
  const error = publish.error ? readError(publish.error) : null;

  return (
    <div>
      <h2 className="text-xl font-bold">公開</h2>
      <p className="mt-1 max-w-3xl">
        保存済みの下書き（第{state.version}版）を点検し、問題がなければ新しい版として窓口に公開します。
        公開した後に受付を始めた方から新しい版が使われます。
      </p>
      {reason && (
        <p id="publish-blocked" className="mt-3 font-bold text-orange-1100">
          {reason}
        </p>
      )}
      <div className="mt-4 flex flex-wrap gap-2">
        <Button
          size="lg"
          onClick={() => state.version !== null && publish.mutate({ flowId, expectedVersion: state.version })}
          disabled={Boolean(reason) || publish.isPending || state.version === null}
          aria-describedby={reason ? "publish-blocked" : undefined}
        >
          {publish.isPending ? "点検して公開しています…" : "公開する"}
        </Button>
      </div>
      <div className="mt-4 space-y-3" aria-live="polite">
        {publish.data && (
          <Alert tone="success" title={`v${publish.data.seq} を公開しました`}>
            <p>
              内容の指紋: <code title={publish.data.contentHash}>{shortHash(publish.data.contentHash)}</code>
              ／公開日時: {formatDateTime(publish.data.publishedAt)}
            </p>
            {publish.data.warnings.length > 0 && (
              <IssueList
                title="注意（公開はされています。必要なら直して再公開してください）"
                issues={publish.data.warnings}
              />
            )}
          </Alert>
        )}
        {error && (
          <Alert tone="error" title="公開できませんでした">
            <p>{error.message}</p>
            {error.issues.length > 0 && <IssueList title="直す必要がある点" issues={error.issues} />}
          </Alert>
        )}
      </div>
      <VersionHistory flowId={flowId} />
    </div>
  );
}
