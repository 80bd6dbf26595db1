"use client";

import { Alert, Button, RadioGroup, TextField } from "@kakanai/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { useTRPC } from "@/trpc/client";
import { errorMessage } from "@/trpc/errors";

/** The reasons a clerk usually has; 「その他」 takes their own words. */
const REASONS = [
  "来庁者が手続きをやめた",
  "誤って受付を始めた",
  "別の受付番号で手続きした",
  "本人確認ができなかった",
] as const;
const OTHER = "other";

/**
 * 「取り消す」: a confirmation dialog (a modal <dialog>: focus moves to the first reason, Tab stays
 * inside, Esc closes; Enter alone cancels nothing until a reason is chosen) where the clerk picks or types why the reception stops. The reason is recorded with who
 * cancelled; afterwards the reception can no longer be answered or printed.
 */
export function CancelReception(props: {
  sessionId: string;
  receptionNumber: string;
  residentName: string | null;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [choice, setChoice] = useState<string | null>(null);
  const [other, setOther] = useState("");
  const [missing, setMissing] = useState(false);
  const cancel = useMutation(
    trpc.counter.cancel.mutationOptions({
      onSuccess: async () => {
        dialog.current?.close();
        await queryClient.invalidateQueries({ queryKey: trpc.counter.openSessions.queryKey() });
      },
    }),
  );
  const reason = choice === OTHER ? other.trim() : (choice ?? "");
  const who = props.residentName ? `（${props.residentName}）` : "";

  return (
    <>
      <Button
        variant="tertiary"
        onClick={() => {
          setChoice(null);
          setOther("");
          setMissing(false);
          cancel.reset();
          dialog.current?.showModal();
        }}
      >
        取り消す<span className="sr-only">（受付番号 {props.receptionNumber}）</span>
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-8 border-2 border-solid-gray-900 p-6 backdrop:bg-black/50"
      >
        <h2 id={titleId} className="text-xl font-bold">
          受付番号 {props.receptionNumber}
          {who} を取り消しますか
        </h2>
        <p className="mt-2 text-solid-gray-800">
          取り消した受付は、回答・判定・印刷ができなくなります。取り消した職員と理由が記録されます。
        </p>
        <form
          className="mt-4 grid gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            if (!reason) {
              setMissing(true);
              return;
            }
            cancel.mutate({ sessionId: props.sessionId, reason });
          }}
        >
          <RadioGroup
            legend="取り消す理由"
            requiredMark
            options={[
              ...REASONS.map((r) => ({ value: r, label: r })),
              { value: OTHER, label: "その他（入力する）" },
            ]}
            value={choice}
            onChange={(value) => {
              setChoice(value);
              setMissing(false);
            }}
            error={missing && choice !== OTHER ? "取り消す理由を選んでください。" : undefined}
          />
          {choice === OTHER && (
            <TextField
              label="その他の理由"
              hint="氏名など来庁者の個人情報は書かないでください（200文字まで）。"
              requiredMark
              maxLength={200}
              value={other}
              onChange={(e) => {
                setOther(e.target.value);
                setMissing(false);
              }}
              error={missing ? "取り消す理由を入力してください。" : undefined}
            />
          )}
          {cancel.isError && (
            <Alert tone="error" title="取り消せませんでした">
              {errorMessage(cancel.error)}
            </Alert>
          )}
          <div className="flex flex-wrap justify-end gap-3">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              やめる
            </Button>
            <Button type="submit" variant="danger" disabled={cancel.isPending}>
              受付を取り消す
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
