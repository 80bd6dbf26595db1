"use client";

import { normalizePreApplicationInput, preApplicationCodeBody } from "@kakanai/engine";
import { Alert, Button, Spinner, TextField } from "@kakanai/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { useTRPC } from "@/trpc/client";
import { errorMessage } from "@/trpc/errors";

const incomplete = "番号は9文字です（例: ABC-DEF-GH7）。読み取り直すか、番号を確かめてください。";

/**
 * 「事前申請の読み込み」: the code a resident brings from the portal, scanned (a USB scanner types it)
 * or typed. A complete code with a valid check character starts the reception by itself, without
 * Enter; full-width, lower case and hyphens are fine. The interview then opens at the first question
 * the resident did not answer (the staff's), and the review shows theirs.
 */
export function PreApplicationField() {
  const trpc = useTRPC();
  const router = useRouter();
  const [code, setCode] = useState("");
  const [problem, setProblem] = useState<string>();
  const start = useMutation(
    trpc.counter.startFromPreApplication.mutationOptions({
      onSuccess: ({ sessionId }) => router.push(`/interview/${sessionId}`),
      onError: () => setCode(""),
    }),
  );
  const send = (raw: string) => {
    const normalized = normalizePreApplicationInput(raw);
    if (start.isPending || start.isSuccess) return;
    if (!preApplicationCodeBody(normalized)) return setProblem(incomplete);
    setProblem(undefined);
    start.mutate({ code: normalized });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // A scanner's Enter right after a code that already started: nothing more to do.
    if (!code && (start.isPending || start.isSuccess)) return;
    send(code);
  };

  return (
    <section
      aria-labelledby="pre-application-heading"
      className="rounded-12 border border-solid-gray-200 bg-white p-6 shadow-1"
    >
      <h2 id="pre-application-heading" className="text-xl font-bold">
        事前申請の読み込み
      </h2>
      <form onSubmit={submit} noValidate className="mt-3 flex flex-wrap items-end gap-3">
        <TextField
          label="住民が事前入力した番号（QRコードを読み取るか入力）"
          hint="読み取ると自動で受付を始めます（全角・小文字・ハイフンありでも読み取れます）。"
          error={problem}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          value={code}
          onChange={(e) => {
            setCode(e.target.value);
            setProblem(undefined);
            if (preApplicationCodeBody(normalizePreApplicationInput(e.target.value))) send(e.target.value);
          }}
          className="min-w-0 flex-1 basis-72"
        />
        <Button type="submit" variant="secondary" size="lg" disabled={start.isPending}>
          {start.isPending ? <Spinner label="読み込んでいます" showLabel /> : "読み込む"}
        </Button>
      </form>
      {start.isError && (
        <Alert tone="error" title="事前申請を読み込めませんでした" className="mt-4">
          {errorMessage(start.error)}
        </Alert>
      )}
    </section>
  );
}
