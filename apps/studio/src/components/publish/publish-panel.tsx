"use client";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTRPC } from "@/trpc/react";
import type { FlowDraftState } from "../editor/use-flow-draft";
import { checkDraft } from "../tests/draft-checks";
import { DraftChanges } from "./draft-changes";
import { PublishAction } from "./publish-action";
import { PublishChecks } from "./publish-checks";
import { DecidedRequest, ReviewDecision, SubmitForReview } from "./review-request";
import { VersionHistory } from "./version-history";

const publisherRoles = new Set(["publisher", "system_admin"]);

/**
 * Review (live checks, what changes), then publish, then the history with each version's changes. A
 * department admin without the publisher role asks for publishing instead (公開を申請する); a
 * publisher sees an open request for the flow with 承認して公開 / 差し戻す, and may still publish.
 */
export function PublishPanel({ flowId, state }: { flowId: string; state: FlowDraftState }) {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const canPublish = me.data?.roles.some((r) => publisherRoles.has(r)) ?? false;
  const submitsInstead = !canPublish && (me.data?.roles.includes("dept_admin") ?? false);
  const request = useQuery({ ...trpc.studio.review.forFlow.queryOptions({ flowId }), staleTime: 0 });
  const departments = state.meta?.departments;
  const checks = useMemo(
    () => (state.draft && departments ? checkDraft(state.draft, departments) : null),
    [state.draft, departments],
  );

  const reasons: string[] = [];
  if (!canPublish && !submitsInstead)
    reasons.push("公開できるのは公開担当者とシステム管理者です。公開担当者に依頼してください。");
  if (state.dirty)
    reasons.push(
      `保存していない変更があります。先に画面上部の「保存」を押してから${submitsInstead ? "申請" : "公開"}してください。`,
    );
  if (checks?.invalid)
    reasons.push("下書きをフローとして読めません。上の「公開前の点検」を見て直してください。");
  if (checks && checks.errors.length > 0)
    reasons.push(
      `点検で公開を止める問題が ${checks.errors.length}件 見つかりました（上の「公開前の点検」）。`,
    );
  for (const t of checks?.failedTests ?? []) reasons.push(`フローテスト「${t.name}」が失敗しています。`);

  return (
    <div>
      <h2 className="text-xl font-bold">公開</h2>
      <p className="mt-1 max-w-3xl">
        保存済みの下書き（第{state.version}版）を点検し、問題がなければ新しい版として窓口に公開します。
        {"公開した後に受付を始めた方から新しい版が使われます。"}
      </p>
      {checks && state.draft && <PublishChecks checks={checks} draft={state.draft} />}
      <DraftChanges flowId={flowId} version={state.version} dirty={state.dirty} />
      {submitsInstead ? (
        <SubmitForReview
          flowId={flowId}
          version={state.version}
          reasons={reasons}
          request={request.data ?? null}
        />
      ) : (
        <>
          {canPublish && request.data?.status === "submitted" && (
            <ReviewDecision flowId={flowId} request={request.data} />
          )}
          {request.data && <DecidedRequest request={request.data} />}
          <PublishAction
            flowId={flowId}
            version={state.version}
            reasons={reasons}
            latestSeq={state.remote?.latestSeq ?? null}
          />
        </>
      )}
      <VersionHistory flowId={flowId} />
    </div>
  );
}
