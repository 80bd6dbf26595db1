"use client";

import { Alert, Button, Select } from "@kakanai/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/trpc/client";
import { errorMessage } from "@/trpc/errors";

/**
 * 「引き継ぐ」: the clerk who holds a reception gives it to a colleague at the counter (a counter
 * clerk of the city). Afterwards only the colleague reads, answers and prints it; `onHandedOver`
 * runs once it is theirs.
 */
export function HandOver(props: { sessionId: string; receptionNumber: string; onHandedOver?: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState("");
  const colleagues = useQuery({ ...trpc.counter.colleagues.queryOptions(), enabled: open });
  const handOver = useMutation(
    trpc.counter.handOver.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        await queryClient.invalidateQueries({ queryKey: trpc.counter.openSessions.queryKey() });
        props.onHandedOver?.();
      },
    }),
  );

  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        引き継ぐ<span className="sr-only">（受付番号 {props.receptionNumber}）</span>
      </Button>
    );
  }
  return (
    <form
      className="flex w-full flex-wrap items-end gap-3"
      aria-label={`受付番号 ${props.receptionNumber} の引き継ぎ`}
      onSubmit={(e) => {
        e.preventDefault();
        if (to) handOver.mutate({ sessionId: props.sessionId, toStaffId: to });
      }}
    >
      <Select
        className="min-w-64"
        label="引き継ぐ職員"
        placeholder={colleagues.isPending ? "読み込んでいます…" : "選択してください"}
        required
        value={to}
        onChange={(e) => setTo(e.target.value)}
        options={(colleagues.data ?? []).map((c) => ({
          value: c.id,
          label: c.departmentName ? `${c.name}（${c.departmentName}）` : c.name,
        }))}
      />
      <Button type="submit" disabled={!to || handOver.isPending}>
        引き継ぐ
      </Button>
      <Button type="button" variant="tertiary" onClick={() => setOpen(false)}>
        やめる
      </Button>
      {(handOver.isError || colleagues.isError) && (
        <Alert tone="error" title="引き継げませんでした" className="w-full">
          {errorMessage(handOver.error ?? colleagues.error)}
        </Alert>
      )}
    </form>
  );
}
