"use client";

import { Alert, Button, PageTitle, TextField } from "@kakanai/ui";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useTRPC } from "@/trpc/client";
import { errorMessage } from "@/trpc/errors";
import { CameraScanner } from "./camera-scanner";
import { ScanResult } from "./scan-result";
import { isCompleteSlipCode, normalizeSlipInput } from "./slip-input";

/**
 * A USB barcode scanner is a keyboard: it types the code (and usually Enter). So the screen is one
 * focused field and a form; a complete code resolves as soon as it is there, Enter or not, and
 * full-width or lower-case input (an IME left on) is normalised first. The field keeps focus after
 * every scan, good or bad, so the next slip can be scanned without touching the mouse.
 */
export function ScanScreen() {
  const trpc = useTRPC();
  const [code, setCode] = useState("");
  const [empty, setEmpty] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  /** The camera mode (no USB scanner): it closes after a slip resolves, and focus returns to the field. */
  const [camera, setCamera] = useState(false);
  const closeCamera = () => {
    setCamera(false);
    inputRef.current?.focus();
  };
  const resolve = useMutation(
    trpc.scan.resolve.mutationOptions({
      onSuccess: () => setCamera(false),
      // Cleared either way, so the next scan never appends to the previous code.
      onSettled: () => {
        setCode("");
        inputRef.current?.focus();
      },
    }),
  );

  const send = (raw: string) => {
    // Scanners and copy-paste can add spaces or line breaks; an IME left on types full width.
    const normalized = normalizeSlipInput(raw);
    setEmpty(!normalized);
    if (!normalized || resolve.isPending) return;
    resolve.mutate({ code: normalized });
  };
  /** When a complete code last resolved by itself: the scanner's own Enter right after it is no error. */
  const autoSentAt = useRef(0);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!normalizeSlipInput(code) && Date.now() - autoSentAt.current < 3000) return;
    send(code);
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
            hint="読み取るか貼り付けると自動で表示します（全角・小文字でも読み取れます）。"
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
              // A whole code needs no Enter: scanners without an Enter suffix and pasting both resolve.
              if (isCompleteSlipCode(normalizeSlipInput(e.target.value))) {
                autoSentAt.current = Date.now();
                send(e.target.value);
              }
            }}
            className="min-w-0 flex-1 basis-96"
          />
          <Button type="submit" size="lg" disabled={resolve.isPending}>
            表示する
          </Button>
          <Button
            variant="secondary"
            size="lg"
            aria-expanded={camera}
            onClick={() => (camera ? closeCamera() : setCamera(true))}
          >
            {camera ? "カメラを止める" : "カメラで読み取る"}
          </Button>
        </div>
        {camera && <CameraScanner onCode={send} onClose={closeCamera} />}
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
