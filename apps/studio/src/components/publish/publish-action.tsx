"use client";
import { Alert, Button } from "@kakanai/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useRef } from "react";
import { formatDateTime, shortHash } from "@/lib/format";
import { readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";
import { IssueList } from "./issue-list";

interface Props {
  flowId: string;
  version: number | null;
  /** Why publishing is not possible now; empty = the button is enabled. */
  reasons: string[];
  /** The version the counter uses now (null: never published), named in the confirmation. */
  latestSeq?: number | null;
}

/** Why a button below is disabled, as a list (the button points at it with aria-describedby). */
export function BlockedReasons({ id, title, reasons }: { id: string; title: string; reasons: string[] }) {
  return (
    <div id={id} className="mb-3 text-orange-1100">
      <p className="font-bold">{title}</p>
      <ul className="mt-1 list-disc space-y-1 pl-6 font-bold">
        {reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The 公開する button, why it is disabled, a confirmation (a modal <dialog>: focus moves into it, Esc
 * cancels) and the server's answer (it checks everything again).
 */
export function PublishAction({ flowId, version, reasons, latestSeq = null }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const publish = useMutation(
    trpc.studio.flows.publish.mutationOptions({
      onSuccess: () => {
        for (const key of [
          trpc.studio.flows.bundles.queryKey({ flowId }),
          trpc.studio.flows.diffDraft.queryKey({ flowId }),
          trpc.studio.flows.list.queryKey(),
        ])
          void queryClient.invalidateQueries({ queryKey: key });
      },
    }),
  );
  const error = publish.error ? readError(publish.error) : null;
  const blocked = reasons.length > 0;

  return (
    <section aria-label="公開の操作" className="mt-8 rounded-8 border-2 border-solid-gray-420 p-4">
      {blocked && <BlockedReasons id="publish-blocked" title="公開できない理由" reasons={reasons} />}
      {!blocked && (
        <p className="mb-3 font-bold text-green-1000">
          公開できます。公開すると、上の「公開すると変わること」が窓口に反映されます。
        </p>
      )}
      <Button
        size="lg"
        onClick={() => dialog.current?.showModal()}
        disabled={blocked || publish.isPending || version === null}
        aria-describedby={blocked ? "publish-blocked" : undefined}
      >
        {publish.isPending ? "点検して公開しています…" : "公開する"}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto max-w-lg rounded-8 border-2 border-solid-gray-900 p-6 backdrop:bg-black/50"
      >
        <h2 id={titleId} className="text-xl font-bold">
          {latestSeq === null ? "v1 として公開しますか？" : `v${latestSeq + 1} として公開しますか？`}
        </h2>
        <p className="mt-3">
          保存済みの下書き（第{version}版）が窓口に反映されます。
          {latestSeq !== null &&
            `いま窓口で使われている v${latestSeq} は、受付中の方の分だけ最後まで使われます。`}
          公開した版は取り消せません（直すときは新しい版を公開します）。
        </p>
        <form method="dialog" className="mt-6 flex flex-wrap justify-end gap-3">
          <Button variant="secondary" type="submit" autoFocus>
            やめる
          </Button>
          <Button
            type="submit"
            onClick={() => version !== null && publish.mutate({ flowId, expectedVersion: version })}
          >
            公開を確定する
          </Button>
        </form>
      </dialog>
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
    </section>
  );
}
