"use client";
import type { FormDef } from "@kakanai/engine";
import { Alert, Button } from "@kakanai/ui";
import { useMutation } from "@tanstack/react-query";
import { readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";

interface Props {
  flowId: string;
  form: FormDef;
  /** The draft has no unsaved changes: the saved form is what 反映 carries over. */
  saved: boolean;
}

/**
 * The same form in the city's other flows: which procedures print it there, whether from the same
 * PDF, and whether this (unsaved) mapping can be filled there — a field a flow cannot fill stops
 * that flow's publish, so it is said here first.
 */
export function FormUsage({ flowId, form, saved }: Props) {
  const trpc = useTRPC();
  const usage = useMutation(trpc.studio.forms.usage.mutationOptions());
  const copy = useMutation(
    trpc.studio.forms.copyToFlow.mutationOptions({ onSuccess: () => usage.mutate({ flowId, form }) }),
  );
  return (
    <section aria-labelledby="form-usage-title" className="rounded-8 border border-solid-gray-420 p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="form-usage-title" className="font-bold">
          他のフローでの使用
        </h3>
        <Button
          size="sm"
          variant="secondary"
          onClick={() => usage.mutate({ flowId, form })}
          disabled={usage.isPending}
        >
          {usage.isPending ? "確かめています…" : "他のフローで埋められるか確かめる"}
        </Button>
      </div>
      <div aria-live="polite" className="mt-2">
        {usage.error && (
          <Alert tone="error" title="確かめられませんでした">
            {readError(usage.error).message}
          </Alert>
        )}
        {copy.error && (
          <Alert tone="error" title="反映できませんでした" className="mb-2">
            <p>{readError(copy.error).message}</p>
            <ul className="mt-1 list-disc pl-6">
              {readError(copy.error).issues.map((i) => (
                <li key={i.message}>{i.message}</li>
              ))}
            </ul>
          </Alert>
        )}
        {copy.data && (
          <Alert tone="success" className="mb-2">
            保存済みの様式（{form.key}）を「{copy.data.flowTitle}」の下書きに
            {copy.data.added ? "追加" : "反映"}しました（第{copy.data.draftVersion}
            版）。公開はそのフローで行います。
          </Alert>
        )}
        {!saved && usage.data && usage.data.length > 0 && (
          <p className="mb-2 text-sm text-solid-gray-700">
            反映するのは保存済みの様式です。先に「保存」を押してください。
          </p>
        )}
        {usage.data?.length === 0 && <p>この様式（{form.key}）を持つ他のフローはありません。</p>}
        {usage.data && usage.data.length > 0 && (
          <ul aria-label="他のフローでの使用" className="space-y-2">
            {usage.data.map((u) => (
              <li key={u.flowId}>
                <span className="font-bold">{u.flowTitle}</span>:{" "}
                {u.printedBy.length > 0 ? `手続き ${u.printedBy.join("、")}が印刷` : "印刷する手続きなし"}・
                {u.samePdf ? "同じPDF" : "別のPDF（このフローでの差し替えは反映されません）"}
                {u.printedBy.length > 0 &&
                  (u.unresolved.length === 0 ? (
                    <span className="ml-1 text-green-1000">・✓ すべての欄を埋められます</span>
                  ) : (
                    <ul className="mt-1 list-disc pl-6 text-error-1">
                      {u.unresolved.map((m) => (
                        <li key={m}>{m}</li>
                      ))}
                    </ul>
                  ))}
                <Button
                  size="sm"
                  variant="secondary"
                  className="ml-2"
                  disabled={!saved || copy.isPending}
                  onClick={() => copy.mutate({ flowId, formKey: form.key, targetFlowId: u.flowId })}
                >
                  「{u.flowTitle}」にも反映
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
