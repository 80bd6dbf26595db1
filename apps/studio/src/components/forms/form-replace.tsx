"use client";
import type { AppRouter } from "@kakanai/api";
import type { FormDef } from "@kakanai/engine";
import { Alert, buttonClassName, Spinner } from "@kakanai/ui";
import { useMutation } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useId, useRef, useState } from "react";
import { readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";
import { maxUploadBytes, readFileBase64 } from "./read-file";

export type ReplacedPdf = inferRouterOutputs<AppRouter>["studio"]["forms"]["replacePdf"];

interface Props {
  flowId: string;
  form: FormDef;
  onReplaced: (result: ReplacedPdf) => void;
}

/**
 * Puts the department's own PDF under an existing form. The server checks the file and moves the
 * form onto it; the form keeps its number, so every procedure that prints it prints the new one.
 */
export function FormReplace({ flowId, form, onReplaced }: Props) {
  const trpc = useTRPC();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const replace = useMutation(trpc.studio.forms.replacePdf.mutationOptions({ onSuccess: onReplaced }));

  async function pick(file: File | undefined) {
    setLocalError(null);
    replace.reset();
    if (!file) return;
    if (file.size > maxUploadBytes) {
      setLocalError(
        `ファイルが大きすぎます（${(file.size / 1024 / 1024).toFixed(1)}MB、上限 10MB）。様式のページだけを保存し直してからアップロードしてください。`,
      );
    } else {
      replace.mutate({ flowId, form, fileName: file.name, dataBase64: await readFileBase64(file) });
    }
    if (input.current) input.current.value = "";
  }

  const error = localError ?? (replace.error ? readError(replace.error).message : null);
  return (
    <div>
      <input
        ref={input}
        id={id}
        type="file"
        accept="application/pdf,.pdf"
        aria-label={`様式「${form.title}」のPDFを差し替える`}
        aria-describedby={`${id}-hint`}
        disabled={replace.isPending}
        onChange={(e) => void pick(e.target.files?.[0])}
        className="peer sr-only"
      />
      <label
        htmlFor={id}
        className={`${buttonClassName("secondary", "sm")} cursor-pointer peer-focus-visible:outline-4 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-black`}
      >
        課の様式（PDF）に差し替える
      </label>
      <p id={`${id}-hint`} className="mt-1 text-sm text-solid-gray-700">
        項目と書く内容はそのまま引き継ぎます。新しい用紙に収まらない項目は、置き直す項目として表示します。
      </p>
      <div aria-live="polite">
        {replace.isPending && <Spinner label="PDFを確認しています" showLabel />}
        {error && (
          <Alert tone="error" title="このPDFには差し替えられません" className="mt-2">
            {error}
          </Alert>
        )}
      </div>
    </div>
  );
}
