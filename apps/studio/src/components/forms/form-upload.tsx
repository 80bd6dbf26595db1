"use client";
import type { AppRouter } from "@kakanai/api";
import { Alert, buttonClassName, Spinner } from "@kakanai/ui";
import { useMutation } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useRef, useState } from "react";
import { readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";
import { maxUploadBytes, readFileBase64 } from "./read-file";

export type UploadedPdf = inferRouterOutputs<AppRouter>["studio"]["forms"]["upload"];

interface Props {
  flowId: string;
  onUploaded: (pdf: UploadedPdf) => void;
}

/**
 * Picks the department's own form PDF and sends it for checking. A refused file shows why, in words
 * that say what to do; nothing reaches the draft until the admin accepts the offer that follows.
 */
export function FormUpload({ flowId, onUploaded }: Props) {
  const trpc = useTRPC();
  const input = useRef<HTMLInputElement>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const upload = useMutation(trpc.studio.forms.upload.mutationOptions({ onSuccess: onUploaded }));

  async function pick(file: File | undefined) {
    setLocalError(null);
    upload.reset();
    if (!file) return;
    if (file.size > maxUploadBytes) {
      setLocalError(
        `ファイルが大きすぎます（${(file.size / 1024 / 1024).toFixed(1)}MB、上限 10MB）。様式のページだけを保存し直してからアップロードしてください。`,
      );
    } else {
      upload.mutate({ flowId, fileName: file.name, dataBase64: await readFileBase64(file) });
    }
    if (input.current) input.current.value = "";
  }

  const error = localError ?? (upload.error ? readError(upload.error).message : null);
  return (
    <div className="rounded-8 border border-dashed border-solid-gray-600 p-4">
      <label htmlFor="form-pdf-upload" className="block font-bold">
        課の様式（PDF）を追加
      </label>
      <p id="form-pdf-upload-hint" className="mt-1 text-sm text-solid-gray-700">
        いま窓口で使っている申請書をPDFで選びます（20ページ・10MBまで）。入力欄のあるPDFなら、欄の位置をそのまま使えます。
      </p>
      {/* The browser's own 「Choose File」 text cannot be translated; a labelled button stands in. */}
      <input
        ref={input}
        id="form-pdf-upload"
        type="file"
        accept="application/pdf,.pdf"
        aria-describedby="form-pdf-upload-hint"
        disabled={upload.isPending}
        onChange={(e) => void pick(e.target.files?.[0])}
        className="peer sr-only"
      />
      <label
        htmlFor="form-pdf-upload"
        className={`${buttonClassName("secondary", "sm")} mt-2 cursor-pointer peer-focus-visible:outline-4 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-black`}
      >
        PDFファイルを選ぶ
      </label>
      <div aria-live="polite" className="mt-2">
        {upload.isPending && <Spinner label="PDFを確認しています" showLabel />}
        {error && (
          <Alert tone="error" title="このPDFは使えません">
            {error}
          </Alert>
        )}
      </div>
    </div>
  );
}
