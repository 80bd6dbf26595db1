"use client";
import { Alert, Spinner } from "@kakanai/ui";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";
import { ChangeList } from "./change-list";

/** 「公開すると変わること」: the saved draft against the version the counter uses now. */
export function DraftChanges({
  flowId,
  version,
  dirty,
}: {
  flowId: string;
  version: number | null;
  dirty: boolean;
}) {
  const trpc = useTRPC();
  // Fetched again on every visit of the tab: a save made while the tab was closed changes it too.
  const diff = useQuery({ ...trpc.studio.flows.diffDraft.queryOptions({ flowId }), staleTime: 0 });
  // A save (new draftVersion) changes what publishing would change.
  const seen = useRef(version);
  const { refetch } = diff;
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    void refetch();
  }, [version, refetch]);

  return (
    <section aria-labelledby="draft-changes-heading" className="mt-8">
      <h3 id="draft-changes-heading" className="text-lg font-bold">
        公開すると変わること
      </h3>
      {dirty && (
        <p className="mt-1 text-sm font-bold text-orange-1100">
          保存していない変更は、まだここに含まれていません。
        </p>
      )}
      {diff.isPending && <Spinner label="変更点を調べています" showLabel />}
      {diff.isError && (
        <Alert tone="error" title="保存済みの下書きと比べられませんでした" className="mt-2">
          <p className="whitespace-pre-line">{readError(diff.error).message}</p>
        </Alert>
      )}
      {diff.data &&
        (diff.data.fromSeq === null ? (
          <p className="mt-2">まだ公開されていません。公開すると、この下書きが v1 になります。</p>
        ) : (
          <ChangeList
            label={`v${diff.data.fromSeq}（窓口で使用中）からの変更`}
            changes={diff.data.changes}
            empty="保存済みの下書きは、窓口で使用中の版と同じ内容です。"
          />
        ))}
    </section>
  );
}
