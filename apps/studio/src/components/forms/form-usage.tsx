"use client";
import type { FormDef } from "@kakanai/engine";
import { Alert, Button } from "@kakanai/ui";
import { useMutation } from "@tanstack/react-query";
import { readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";

interface Props {
  flowId: string;
  form: FormDef;
}

/**
 * The same form in the city's other flows: which procedures print it there, whether from the same
 * PDF, and whether this (unsaved) mapping can be filled there — a field a flow cannot fill stops
 * that flow's publish, so it is said here first.
 */
export function FormUsage({ flowId, form }: Props) {
  const trpc = useTRPC();
  const usage = useMutation(trpc.studio.forms.usage.mutationOptions());
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
        {usage.data?.length === 0 && <p>この様式（{form.key}）を持つ他のフローはありません。</p>}
        {usage.data && usage.data.length > 0 && (
          <ul aria-label="他のフローでの使用" className="space-y-2">
            {usage.data.map((u) => (
              <li key={u.flowId}>
                <span className="font-bold">{u.flowTitle}</span>:{" "}
                {u.printedBy.length > 0 ? `手続き ${u.printedBy.join("、")} が印刷` : "印刷する手続きなし"}・
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
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
