"use client";
import type { AppRouter } from "@kakanai/api";
import { Alert, Button, buttonClassName, Select, Spinner } from "@kakanai/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import Link from "next/link";
import { useRef, useState } from "react";
import { readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";

type Imported = inferRouterOutputs<AppRouter>["studio"]["flowAdmin"]["importBundle"];

/** Same limit as the server's input (routers/flow-admin.ts). */
const maxBundleBytes = 8 * 1024 * 1024;

interface Props {
  owners: { key: string; name: string }[];
  onClose: () => void;
}

/**
 * A bundle file (from 「JSONを書き出す」, or one checked with `npx kakanai test`) as a new flow. The
 * server validates the whole file first: a wrong file is refused with the reason and changes nothing.
 */
export function FlowImport({ owners, onClose }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [owner, setOwner] = useState(owners[0]?.key ?? "");
  const [localError, setLocalError] = useState<string | null>(null);
  const [done, setDone] = useState<Imported | null>(null);
  const importBundle = useMutation(
    trpc.studio.flowAdmin.importBundle.mutationOptions({
      onSuccess: (flow) => {
        setDone(flow);
        void queryClient.invalidateQueries({ queryKey: trpc.studio.flows.list.queryKey() });
      },
    }),
  );

  async function pick(file: File | undefined) {
    setLocalError(null);
    setDone(null);
    importBundle.reset();
    if (!file) return;
    if (file.size > maxBundleBytes)
      setLocalError("ファイルが大きすぎます（上限 8MB）。フローのJSONファイルを選んでください。");
    else importBundle.mutate({ text: await file.text(), ownerDepartmentKey: owner });
    if (input.current) input.current.value = "";
  }

  const error = localError ?? (importBundle.error ? readError(importBundle.error) : null);
  return (
    <section
      aria-labelledby="flow-import-title"
      className="mb-6 space-y-3 rounded-8 border-2 border-blue-900 bg-blue-50 p-4"
    >
      <h2 id="flow-import-title" className="text-xl font-bold">
        JSONファイルからフローを読み込む
      </h2>
      <p id="flow-import-hint" className="text-sm">
        「JSONを書き出す」で保存したファイル（<code>npx kakanai test</code>{" "}
        で試せるもの）を、新しいフローの下書きとして読み込みます。
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <Select
          label="担当課"
          value={owner}
          onChange={(e) => setOwner(e.target.value)}
          options={owners.map((d) => ({ value: d.key, label: d.name }))}
        />
        <div>
          <input
            ref={input}
            id="flow-import-file"
            type="file"
            accept="application/json,.json"
            aria-label="読み込むJSONファイル"
            aria-describedby="flow-import-hint"
            disabled={importBundle.isPending}
            onChange={(e) => void pick(e.target.files?.[0])}
            className="peer sr-only"
          />
          <label
            htmlFor="flow-import-file"
            className={`${buttonClassName("primary", "md")} cursor-pointer peer-focus-visible:outline-4 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-black`}
          >
            JSONファイルを選ぶ
          </label>
        </div>
        <Button variant="secondary" onClick={onClose}>
          閉じる
        </Button>
      </div>
      <div aria-live="polite">
        {importBundle.isPending && <Spinner label="ファイルを確認しています" showLabel />}
        {error && (
          <Alert tone="error" title="このファイルは読み込めません">
            <p>{typeof error === "string" ? error : error.message}</p>
            {typeof error !== "string" && error.issues.length > 1 && (
              <ul className="mt-2 list-disc pl-6">
                {error.issues.map((i) => (
                  <li key={`${i.path}:${i.message}`}>
                    {i.path && <code>{i.path}</code>} {i.message}
                  </li>
                ))}
              </ul>
            )}
            <p className="mt-2">フローは何も変わっていません。</p>
          </Alert>
        )}
        {done && (
          <Alert
            tone={done.warnings.length > 0 ? "warning" : "success"}
            title={`「${done.title}」を読み込みました（キー: ${done.key}）`}
            actions={<Link href={`/flows/${done.id}`}>「{done.title}」を開く</Link>}
          >
            {done.warnings.length > 0 ? (
              <ul className="list-disc pl-6">
                {done.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            ) : (
              "下書きとして保存しました。公開するまで窓口には出ません。"
            )}
          </Alert>
        )}
      </div>
    </section>
  );
}
