"use client";
import { Alert, Button, Select, TextField } from "@kakanai/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { flowKindLabels } from "@/lib/question-kinds";
import { readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";

type FlowKind = "jumin-idou" | "shussei" | "okuyami" | "shoumei";
const kinds = Object.entries(flowKindLabels).map(([value, label]) => ({ value, label }));

interface Props {
  /** Departments this admin may make the owner (a department admin: their own). */
  owners: { key: string; name: string }[];
  onCancel: () => void;
}

/** A flow from scratch: its title, kind and owning department; it opens in the editor at once. */
export function NewFlowForm({ owners, onCancel }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState<FlowKind>("jumin-idou");
  const [owner, setOwner] = useState(owners[0]?.key ?? "");
  const [touched, setTouched] = useState(false);
  const create = useMutation(
    trpc.studio.flowAdmin.create.mutationOptions({
      onSuccess: async (flow) => {
        await queryClient.invalidateQueries({ queryKey: trpc.studio.flows.list.queryKey() });
        router.push(`/flows/${flow.id}`);
      },
    }),
  );
  const titleError = touched && title.trim() === "" ? "フロー名を入力してください。" : undefined;

  return (
    <form
      aria-label="新しいフロー"
      className="mb-6 space-y-3 rounded-8 border-2 border-blue-900 bg-blue-50 p-4"
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (title.trim() === "" || !owner) return;
        create.mutate({ title: title.trim(), kind, ownerDepartmentKey: owner });
      }}
    >
      <h2 className="text-xl font-bold">新しいフロー</h2>
      <p className="text-sm">
        基準日の質問が1つだけある下書きを作り、編集画面を開きます。公開するまで窓口には出ません。
      </p>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          label="フロー名"
          value={title}
          error={titleError}
          placeholder="例: 原動機付自転車の登録"
          onChange={(e) => setTitle(e.target.value)}
        />
        <Select
          label="種類"
          value={kind}
          onChange={(e) => setKind(e.target.value as FlowKind)}
          options={kinds}
        />
        <Select
          label="担当課"
          value={owner}
          onChange={(e) => setOwner(e.target.value)}
          options={owners.map((d) => ({ value: d.key, label: d.name }))}
        />
      </div>
      {create.error && (
        <Alert tone="error" title="フローを作れませんでした">
          {readError(create.error).message}
        </Alert>
      )}
      <div className="flex gap-2">
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? "作成しています…" : "作成して編集する"}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          やめる
        </Button>
      </div>
    </form>
  );
}
