"use client";
import { Alert, Badge, Button, Card, TextField } from "@kakanai/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { downloadText, japanDay } from "@/lib/download";
import { readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";

const jst = new Intl.DateTimeFormat("ja-JP", {
  timeZone: "Asia/Tokyo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** 基幹系連携: tokens for the core systems' API reads, and the same records as a file. */
export function HandoffSection() {
  return (
    <Card title="基幹系連携">
      <p className="mb-4">
        受付を終えた受付の内容（世帯員・異動・手続き・申請書）を、住民記録などの基幹系システムに渡します。形式は
        docs/handoff.md（JSON Schema 付き）のとおりです。保存期間を過ぎた受付は含まれません。
      </p>
      <div className="grid gap-8">
        <Tokens />
        <ExportFile />
      </div>
    </Card>
  );
}

function Tokens() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tokens = useQuery(trpc.handoff.tokens.queryOptions());
  const [name, setName] = useState("");
  const [issued, setIssued] = useState<{ name: string; token: string } | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.handoff.tokens.queryKey() });
  const create = useMutation(
    trpc.handoff.createToken.mutationOptions({
      onSuccess: (row) => {
        setIssued({ name: row.name, token: row.token });
        setName("");
        refresh();
      },
    }),
  );
  const revoke = useMutation(trpc.handoff.revokeToken.mutationOptions({ onSuccess: refresh }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setIssued(null);
    create.mutate({ name });
  };
  return (
    <section aria-labelledby="handoff-tokens">
      <h3 id="handoff-tokens" className="text-lg font-bold">
        連携用トークン（API）
      </h3>
      {tokens.data && tokens.data.length > 0 && (
        <table className="mt-2 w-full border-collapse text-left text-sm">
          <caption className="sr-only">連携用トークンの一覧</caption>
          <thead>
            <tr className="border-b-2 border-solid-gray-900">
              <th scope="col" className="py-1 pr-4">
                連携先
              </th>
              <th scope="col" className="py-1 pr-4">
                作成
              </th>
              <th scope="col" className="py-1 pr-4">
                最後の利用
              </th>
              <th scope="col" className="py-1 pr-4">
                状態
              </th>
              <th scope="col" className="py-1">
                <span className="sr-only">操作</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.data.map((t) => (
              <tr key={t.id} className="border-b border-solid-gray-200">
                <td className="py-1 pr-4 font-bold">{t.name}</td>
                <td className="py-1 pr-4">{jst.format(t.createdAt)}</td>
                <td className="py-1 pr-4">{t.lastUsedAt ? jst.format(t.lastUsedAt) : "—"}</td>
                <td className="py-1 pr-4">
                  {t.revokedAt ? <Badge tone="error">無効</Badge> : <Badge tone="success">有効</Badge>}
                </td>
                <td className="py-1 text-right">
                  {!t.revokedAt && (
                    <Button
                      variant="tertiary"
                      size="sm"
                      aria-label={`${t.name}のトークンを無効にする`}
                      onClick={() => {
                        if (window.confirm(`${t.name}のトークンを無効にしますか？この連携は止まります。`))
                          revoke.mutate({ id: t.id });
                      }}
                    >
                      無効にする
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        onSubmit={submit}
        aria-label="連携用トークンの作成"
        className="mt-4 flex flex-wrap items-end gap-4"
        noValidate
      >
        <TextField
          label="連携先の名前"
          hint="例: 住民記録システム"
          value={name}
          onChange={(e) => setName(e.target.value)}
          className="min-w-72"
        />
        <Button type="submit" disabled={create.isPending}>
          トークンを作成する
        </Button>
      </form>
      <div aria-live="polite">
        {create.isError && (
          <Alert tone="error" className="mt-4">
            {readError(create.error).message}
          </Alert>
        )}
        {issued && (
          <Alert tone="success" title={`${issued.name}のトークンを作成しました`} className="mt-4">
            <p>この画面を離れると二度と表示されません。連携先の設定に写してください。</p>
            <code data-testid="integration-token" className="mt-2 block break-all font-mono text-sm">
              {issued.token}
            </code>
          </Alert>
        )}
      </div>
    </section>
  );
}

function ExportFile() {
  const trpc = useTRPC();
  const [done, setDone] = useState<string | null>(null);
  const exportFile = useMutation(
    trpc.handoff.exportFile.mutationOptions({
      onSuccess: (file) => {
        downloadText(
          file.content,
          file.fileName,
          file.fileName.endsWith(".csv") ? "text/csv;charset=utf-8" : "application/json",
        );
        setDone(
          `${file.count}件の受付を書き出しました。${file.truncated ? "上限に達したため、期間を短くして残りを書き出してください。" : ""}`,
        );
      },
    }),
  );
  const submit = (format: "json" | "csv") => (e: { currentTarget: HTMLButtonElement }) => {
    const form = e.currentTarget.form;
    if (!form) return;
    const data = new FormData(form);
    setDone(null);
    exportFile.mutate({
      fromDay: String(data.get("fromDay") ?? ""),
      toDay: String(data.get("toDay") ?? ""),
      format,
    });
  };
  return (
    <section aria-labelledby="handoff-file">
      <h3 id="handoff-file" className="text-lg font-bold">
        ファイルで渡す
      </h3>
      <form aria-label="連携ファイルの書き出し" className="mt-2 flex flex-wrap items-end gap-4" noValidate>
        <TextField name="fromDay" type="date" label="受付を終えた日（から）" defaultValue={japanDay()} />
        <TextField name="toDay" type="date" label="受付を終えた日（まで）" defaultValue={japanDay()} />
        <Button type="button" variant="secondary" disabled={exportFile.isPending} onClick={submit("json")}>
          JSONで書き出す
        </Button>
        <Button type="button" variant="secondary" disabled={exportFile.isPending} onClick={submit("csv")}>
          CSVで書き出す
        </Button>
      </form>
      <div aria-live="polite">
        {done && (
          <Alert tone="success" className="mt-4">
            {done}
          </Alert>
        )}
        {exportFile.isError && (
          <Alert tone="error" className="mt-4">
            {readError(exportFile.error).message}
          </Alert>
        )}
      </div>
    </section>
  );
}
