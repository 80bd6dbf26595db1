"use client";
import type { AppRouter } from "@kakanai/api";
import { Alert, Button, TextField } from "@kakanai/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState } from "react";
import { formatDateTime } from "@/lib/format";
import { readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";
import { IssueList } from "./issue-list";
import { BlockedReasons } from "./publish-action";

export type PublishRequest = NonNullable<inferRouterOutputs<AppRouter>["studio"]["review"]["forFlow"]>;

/** After any step of a request: its status, the publishers' list, the flow's versions and diff. */
function useRefreshReview(flowId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => {
    for (const key of [
      trpc.studio.review.forFlow.queryKey({ flowId }),
      trpc.studio.review.list.queryKey(),
      trpc.studio.flows.bundles.queryKey({ flowId }),
      trpc.studio.flows.diffDraft.queryKey({ flowId }),
      trpc.studio.flows.list.queryKey(),
    ])
      void queryClient.invalidateQueries({ queryKey: key });
  };
}

const statusText: Record<PublishRequest["status"], string> = {
  submitted: "審査待ち",
  approved: "承認済み（公開されました）",
  returned: "差し戻し",
  withdrawn: "取り下げ",
};

/** Who asked for which version when, with both comments. */
function RequestFacts({ request }: { request: PublishRequest }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
      <dt className="font-bold">状態</dt>
      <dd data-testid="request-status">{statusText[request.status]}</dd>
      <dt className="font-bold">申請</dt>
      <dd>
        第{request.draftVersion}版 ／ {request.submittedByName} ／ {formatDateTime(request.submittedAt)}
      </dd>
      <dt className="font-bold">申請者のコメント</dt>
      <dd className="whitespace-pre-line">{request.comment || "（なし）"}</dd>
      {request.decidedByName && request.status !== "withdrawn" && (
        <>
          <dt className="font-bold">審査</dt>
          <dd>
            {request.decidedByName}
            {request.decidedAt && ` ／ ${formatDateTime(request.decidedAt)}`}
          </dd>
          <dt className="font-bold">審査のコメント</dt>
          <dd className="whitespace-pre-line">{request.decisionComment || "（なし）"}</dd>
        </>
      )}
    </dl>
  );
}

function CommentField(props: { label: string; hint: string; value: string; onChange: (v: string) => void }) {
  return (
    <TextField
      label={props.label}
      hint={props.hint}
      value={props.value}
      maxLength={2000}
      onChange={(e) => props.onChange(e.target.value)}
      inputClassName="w-full max-w-2xl"
    />
  );
}

function ErrorAlert({ title, error }: { title: string; error: unknown }) {
  const e = readError(error);
  return (
    <Alert tone="error" title={title}>
      <p>{e.message}</p>
      {e.issues.length > 0 && <IssueList title="直す必要がある点" issues={e.issues} />}
    </Alert>
  );
}

interface SubmitProps {
  flowId: string;
  version: number | null;
  /** Why the draft cannot be submitted now (unsaved changes, failing checks); empty = it can. */
  reasons: string[];
  request: PublishRequest | null;
}

/** A department admin without the publisher role: 「公開を申請する」 and the latest request's status. */
export function SubmitForReview({ flowId, version, reasons, request }: SubmitProps) {
  const trpc = useTRPC();
  const refresh = useRefreshReview(flowId);
  const [comment, setComment] = useState("");
  const submit = useMutation(
    trpc.studio.review.submit.mutationOptions({
      onSuccess: () => {
        setComment("");
        refresh();
      },
    }),
  );
  const withdraw = useMutation(trpc.studio.review.withdraw.mutationOptions({ onSuccess: refresh }));
  const open = request?.status === "submitted";
  const blocked = reasons.length > 0 || open;

  return (
    <section aria-labelledby="review-heading" className="mt-8 rounded-8 border-2 border-solid-gray-420 p-4">
      <h3 id="review-heading" className="text-lg font-bold">
        公開の申請
      </h3>
      <p className="mt-1">
        公開するのは公開担当者です。保存済みの下書きを審査してもらうよう申請してください。承認されると、申請した版がそのまま公開されます。
      </p>
      {request && (
        <div
          className={`mt-3 rounded-8 p-3 ${request.status === "returned" ? "border-2 border-error-1 bg-red-50" : "bg-blue-50"}`}
        >
          <p className="font-bold">
            {request.status === "returned"
              ? `差し戻されました: ${request.decisionComment ?? ""}`
              : "最新の申請"}
          </p>
          <RequestFacts request={request} />
          {open && (
            <Button
              className="mt-3"
              variant="secondary"
              onClick={() => withdraw.mutate({ requestId: request.id })}
              disabled={withdraw.isPending}
            >
              申請を取り下げる
            </Button>
          )}
        </div>
      )}
      {reasons.length > 0 && (
        <div className="mt-3">
          <BlockedReasons id="submit-blocked" title="申請できない理由" reasons={reasons} />
        </div>
      )}
      {!open && (
        <form
          aria-label="公開の申請"
          className="mt-3 space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (version !== null && !blocked) submit.mutate({ flowId, expectedVersion: version, comment });
          }}
        >
          <CommentField
            label="公開担当者へのコメント"
            hint="何を変えたか、いつまでに公開したいかなど（任意）"
            value={comment}
            onChange={setComment}
          />
          <Button
            type="submit"
            size="lg"
            disabled={blocked || submit.isPending || version === null}
            aria-describedby={reasons.length > 0 ? "submit-blocked" : undefined}
          >
            {submit.isPending ? "点検して申請しています…" : "公開を申請する"}
          </Button>
        </form>
      )}
      <div className="mt-3 space-y-3" aria-live="polite">
        {submit.isSuccess && (
          <Alert tone="success" title="公開を申請しました">
            公開担当者が審査します。結果はこの画面に表示されます。
          </Alert>
        )}
        {submit.error && <ErrorAlert title="申請できませんでした" error={submit.error} />}
        {withdraw.error && <ErrorAlert title="取り下げられませんでした" error={withdraw.error} />}
      </div>
    </section>
  );
}

/**
 * A publisher with an open request for this flow: the request, then 承認して公開 / 差し戻す. The diff
 * and the checks (flow tests) above in the panel are of the saved draft, the version that was submitted.
 */
export function ReviewDecision({ flowId, request }: { flowId: string; request: PublishRequest }) {
  const trpc = useTRPC();
  const refresh = useRefreshReview(flowId);
  const [comment, setComment] = useState("");
  const approve = useMutation(trpc.studio.review.approve.mutationOptions({ onSuccess: refresh }));
  const giveBack = useMutation(trpc.studio.review.return.mutationOptions({ onSuccess: refresh }));
  const changed = request.currentDraftVersion !== request.draftVersion;
  const pending = approve.isPending || giveBack.isPending;

  return (
    <section aria-labelledby="decision-heading" className="mt-8 rounded-8 border-2 border-blue-900 p-4">
      <h3 id="decision-heading" className="text-lg font-bold">
        公開の申請を審査する
      </h3>
      <p className="mt-1">
        上の「公開前の点検」（フローテストの結果）と「公開すると変わること」を確かめて、承認するか差し戻してください。
      </p>
      <div className="mt-3 rounded-8 bg-blue-50 p-3">
        <RequestFacts request={request} />
      </div>
      {changed && (
        <p className="mt-3 font-bold text-orange-1100">
          申請の後に下書きが変更されています（今は第{request.currentDraftVersion}
          版）。承認できません。差し戻して申請し直してもらってください。
        </p>
      )}
      <form aria-label="申請の審査" className="mt-3 space-y-3" onSubmit={(e) => e.preventDefault()}>
        <CommentField
          label="申請者へのコメント"
          hint="差し戻すときは理由を必ず書いてください"
          value={comment}
          onChange={setComment}
        />
        <div className="flex flex-wrap gap-3">
          <Button
            size="lg"
            disabled={pending || changed}
            onClick={() => approve.mutate({ requestId: request.id, comment })}
          >
            {approve.isPending ? "点検して公開しています…" : "承認して公開"}
          </Button>
          <Button
            size="lg"
            variant="secondary"
            disabled={pending}
            onClick={() => giveBack.mutate({ requestId: request.id, comment })}
          >
            差し戻す
          </Button>
        </div>
      </form>
      <div className="mt-3 space-y-3" aria-live="polite">
        {approve.error && <ErrorAlert title="承認できませんでした" error={approve.error} />}
        {giveBack.error && <ErrorAlert title="差し戻せませんでした" error={giveBack.error} />}
      </div>
    </section>
  );
}

/** After a decision, the panel shows its outcome (the request is no longer open). */
export function DecidedRequest({ request }: { request: PublishRequest }) {
  if (request.status === "submitted") return null;
  return (
    <Alert
      tone={request.status === "approved" ? "success" : "info"}
      title={`最新の公開の申請: ${statusText[request.status]}`}
      className="mt-8"
    >
      <RequestFacts request={request} />
    </Alert>
  );
}
