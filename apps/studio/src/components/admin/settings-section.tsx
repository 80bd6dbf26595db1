"use client";
import { Alert, Button, Card, Spinner, TextField } from "@kakanai/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";
import { formError } from "./issue-for";

/** 自治体の設定: how long a completed reception's answers are kept before the job purges them. */
export function SettingsSection() {
  const trpc = useTRPC();
  const settings = useQuery(trpc.admin.settings.get.queryOptions());
  return (
    <Card title="保存期間">
      {settings.isPending && <Spinner label="設定を読み込んでいます" showLabel />}
      {settings.isError && (
        <Alert tone="error" title="設定を読み込めませんでした">
          {readError(settings.error).message}
        </Alert>
      )}
      {settings.data && <RetentionForm current={settings.data.retentionDays} />}
    </Card>
  );
}

function RetentionForm({ current }: { current: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [days, setDays] = useState(String(current));
  const [saved, setSaved] = useState<string | null>(null);
  const save = useMutation(
    trpc.admin.settings.setRetention.mutationOptions({
      onSuccess: (row) => {
        setSaved(`保存期間を${row.retentionDays}日にしました。`);
        void queryClient.invalidateQueries({ queryKey: trpc.admin.settings.get.queryKey() });
      },
    }),
  );
  const error = formError(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    save.mutate({ retentionDays: Number(days) });
  };
  return (
    <form onSubmit={submit} aria-label="保存期間の設定" className="grid gap-4" noValidate>
      <p>
        受付を終えてからこの日数が過ぎると、回答と判定結果は毎時の処理で自動的に削除されます。受付の件数・連携・手続きの統計と監査ログは残ります。終えないまま同じ日数だけ更新のない受付も削除されます。
      </p>
      <TextField
        label="保存期間（日）"
        hint="1〜3650日。初期値は30日です。"
        type="number"
        inputMode="numeric"
        min={1}
        max={3650}
        required
        value={days}
        onChange={(e) => setDays(e.target.value)}
        error={error?.fields.retentionDays}
        className="max-w-60"
      />
      <div aria-live="polite">
        {saved && <Alert tone="success">{saved}</Alert>}
        {error && !error.fields.retentionDays && <Alert tone="error">{error.message}</Alert>}
      </div>
      <div>
        <Button type="submit" disabled={save.isPending}>
          保存する
        </Button>
      </div>
    </form>
  );
}
