"use client";
import { Button } from "@kakanai/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";
import { readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";

interface Props {
  flow: { id: string; title: string; draftVersion: number };
  /** What happened, for the list's status line (a link to a new copy, or an error). */
  onResult: (result: { message: string; tone: "success" | "error"; href?: string }) => void;
}

/**
 * Per flow: copy it as a new unpublished flow, write its bundle out as a JSON file, or read a bundle
 * file into its draft (refused if the draft was saved by someone since this list was read).
 */
export function FlowRowActions({ flow, onResult }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const duplicate = useMutation(
    trpc.studio.flowAdmin.duplicate.mutationOptions({
      onSuccess: (copy) => {
        void queryClient.invalidateQueries({ queryKey: trpc.studio.flows.list.queryKey() });
        onResult({
          tone: "success",
          message: `「${copy.title}」を作りました（キー: ${copy.key}）。`,
          href: `/flows/${copy.id}`,
        });
      },
      onError: (error) => onResult({ tone: "error", message: readError(error).message }),
    }),
  );
  const exportBundle = useMutation(
    trpc.studio.flowAdmin.exportBundle.mutationOptions({
      onSuccess: ({ fileName, bundle }) => {
        const blob = new Blob([`${JSON.stringify(bundle, null, 2)}\n`], { type: "application/json" });
        const url = URL.createObjectURL(blob);
        const a = document.createElement("a");
        a.href = url;
        a.download = fileName;
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
        onResult({ tone: "success", message: `「${flow.title}」を ${fileName} に書き出しました。` });
      },
      onError: (error) => onResult({ tone: "error", message: readError(error).message }),
    }),
  );
  const file = useRef<HTMLInputElement>(null);
  const importInto = useMutation(
    trpc.studio.flowAdmin.importIntoDraft.mutationOptions({
      onSuccess: ({ warnings }) => {
        void queryClient.invalidateQueries({ queryKey: trpc.studio.flows.list.queryKey() });
        onResult({
          tone: "success",
          message: `「${flow.title}」の下書きをファイルの内容にしました（保存済み・まだ公開していません）。${warnings.join("")}`,
          href: `/flows/${flow.id}`,
        });
      },
      onError: (error) => onResult({ tone: "error", message: readError(error).message }),
    }),
  );
  async function readInto(chosen: File | undefined) {
    if (!chosen) return;
    if (
      !window.confirm(
        `「${flow.title}」の下書きを「${chosen.name}」の内容に置き換えます。保存していない編集は失われます。よろしいですか？`,
      )
    )
      return;
    importInto.mutate({ flowId: flow.id, expectedVersion: flow.draftVersion, text: await chosen.text() });
  }
  return (
    <div className="flex flex-wrap gap-2">
      <Button
        size="sm"
        variant="secondary"
        aria-label={`「${flow.title}」を複製`}
        disabled={duplicate.isPending}
        onClick={() => duplicate.mutate({ flowId: flow.id })}
      >
        複製
      </Button>
      <Button
        size="sm"
        variant="secondary"
        aria-label={`「${flow.title}」をJSONに書き出す`}
        disabled={exportBundle.isPending}
        onClick={() => exportBundle.mutate({ flowId: flow.id })}
      >
        JSONを書き出す
      </Button>
      <Button
        size="sm"
        variant="secondary"
        aria-label={`「${flow.title}」の下書きにJSONを読み込む`}
        disabled={importInto.isPending}
        onClick={() => file.current?.click()}
      >
        JSONを下書きに読み込む
      </Button>
      <input
        ref={file}
        type="file"
        accept="application/json,.json"
        className="sr-only"
        tabIndex={-1}
        aria-label={`「${flow.title}」の下書きに読み込むJSONファイル`}
        onChange={(e) => {
          void readInto(e.target.files?.[0]);
          e.target.value = "";
        }}
      />
    </div>
  );
}
