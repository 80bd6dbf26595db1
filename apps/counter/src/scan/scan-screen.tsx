"use client";

import { Alert, Button, PageTitle, TextField } from "@kakanai/ui";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useTRPC } from "@/trpc/client";
import { errorMessage } from "@/trpc/errors";
import { ScanResult } from "./scan-result";

/**
 * A USB barcode scanner is a keyboard: it types the code and presses Enter. So the screen is one
 * focused field and a form; pasting and pressing Enter works the same. The field keeps focus after
 * every scan, good or bad, so the next slip can be scanned without touching the mouse.
 */
export function ScanScreen() {
  const trpc = useTRPC();
  const [code, setCode] = useState("");
  const [empty, setEmpty] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const resolve = useMutation(
    trpc.scan.resolve.mutationOptions({
      // Cleared either way, so the next scan never appends to the previous code.
      onSettled: () => {
        setCode("");
        inputRef.current?.focus();
      },
    }),
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Scanners and copy-paste can add spaces or line breaks around the code.
    const trimmed = code.replace(/\s+/g, "");
    setEmpty(!trimmed);
    if (!trimmed || resolve.isPending) return;
    resolve.mutate({ code: trimmed });
  };

  return (
    <>
      <PageTitle lead="来庁者がお持ちの「手続き案内票」のQRコードを読み取ると、この課の手続きと申請書が表示されます。">
        QR読み取り（連携窓口）
      </PageTitle>
      <form
        onSubmit={submit}
        noValidate
        className="rounded-12 border border-solid-gray-200 bg-white p-6 shadow-1"
      >
        <div className="flex flex-wrap items-end gap-3">
          <TextField
            ref={inputRef}
            label="QRコードを読み取ってください（スキャナーまたは貼り付け）"
            hint="読み取ると自動で表示します。貼り付けた場合は Enter を押してください。"
            error={empty ? "QRコードが読み取れていません。もう一度読み取ってください。" : undefined}
            size="lg"
            autoFocus
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="characters"
            value={code}
            onChange={(e) => {
              setCode(e.target.value);
              setEmpty(false);
            }}
            className="min-w-0 flex-1 basis-96"
          />
          <Button type="submit" size="lg" disabled={resolve.isPending}>
            表示する
          </Button>
        </div>
      </form>
      <div className="mt-6" aria-live="polite">
        {resolve.isError && (
          <Alert tone="error" title="このQRコードは使えません">
            {errorMessage(resolve.error)}
            <p className="mt-1">案内票をもう一度読み取るか、市民課の窓口に確認してください。</p>
          </Alert>
        )}
        {resolve.isPending && <p>読み取っています…</p>}
        {resolve.data && !resolve.isPending && <ScanResult result={resolve.data} />}
      </div>
    </>
  );
}
