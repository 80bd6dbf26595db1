"use client";
import { Alert, Button, Card, PageTitle, Select, Spinner, TextField } from "@kakanai/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { downloadText, japanDay } from "@/lib/download";
import { readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";
import { actionLabel, auditActionLabels, detailText } from "./audit-labels";

interface Filter {
  staffId?: string;
  departmentId?: string;
  action?: string;
  fromDay?: string;
  toDay?: string;
}

const jst = new Intl.DateTimeFormat("ja-JP", {
  timeZone: "Asia/Tokyo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

const actionOptions = Object.entries(auditActionLabels).map(([value, label]) => ({ value, label }));

/** Drops empty fields: the server reads an absent field as "any". */
function compact(form: FormData): Filter {
  const filter: Filter = {};
  for (const key of ["staffId", "departmentId", "action", "fromDay", "toDay"] as const) {
    const value = String(form.get(key) ?? "");
    if (value) filter[key] = value;
  }
  return filter;
}

/** 監査ログ: the system admin reads who did what, filters it and exports it as CSV. */
export function AuditScreen() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const isAdmin = me.data?.roles.includes("system_admin") ?? false;
  const staff = useQuery({ ...trpc.admin.staff.list.queryOptions(), enabled: isAdmin });
  const departments = useQuery({ ...trpc.admin.departments.list.queryOptions(), enabled: isAdmin });
  const [filter, setFilter] = useState<Filter>({});
  /** The keyset cursor of each page shown after the first. */
  const [more, setMore] = useState<number[]>([]);
  const [exported, setExported] = useState<string | null>(null);
  const exportCsv = useMutation(
    trpc.audit.exportCsv.mutationOptions({
      onSuccess: (result) => {
        downloadText(result.csv, `監査ログ_${japanDay()}.csv`, "text/csv;charset=utf-8");
        setExported(
          result.truncated
            ? `${result.rows.toLocaleString()}件を書き出しました（上限に達したため、期間を絞ってもう一度書き出してください）。`
            : `${result.rows.toLocaleString()}件を書き出しました。`,
        );
      },
    }),
  );

  if (!me.data) return null;
  if (!isAdmin) {
    return (
      <Alert tone="error" title="この画面を使う権限がありません">
        監査ログはシステム管理者だけが閲覧できます。
      </Alert>
    );
  }

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFilter(compact(new FormData(event.currentTarget)));
    setMore([]);
    setExported(null);
  };

  return (
    <>
      <PageTitle lead="住民の情報の閲覧・印刷、ログイン、公開、職員の変更など、誰がいつ何をしたかの記録です。記録は変更も削除もできません。">
        監査ログ
      </PageTitle>
      <Card title="絞り込み">
        <form onSubmit={apply} className="grid gap-4" aria-label="監査ログの絞り込み">
          <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
            <Select
              name="staffId"
              label="職員"
              placeholder="すべての職員"
              options={(staff.data ?? []).map((s) => ({ value: s.id, label: `${s.name}（${s.loginId}）` }))}
            />
            <Select
              name="departmentId"
              label="所属"
              placeholder="すべての部署"
              options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            />
            <Select name="action" label="操作" placeholder="すべての操作" options={actionOptions} />
            <TextField name="fromDay" type="date" label="期間（から）" />
            <TextField name="toDay" type="date" label="期間（まで）" />
          </div>
          <div className="flex flex-wrap gap-4">
            <Button type="submit">絞り込む</Button>
            <Button
              type="button"
              variant="secondary"
              disabled={exportCsv.isPending}
              onClick={() => {
                setExported(null);
                exportCsv.mutate({ filter });
              }}
            >
              {exportCsv.isPending ? "書き出しています…" : "表示中の条件でCSVに書き出す"}
            </Button>
          </div>
        </form>
        <div aria-live="polite">
          {exported && (
            <Alert tone="success" className="mt-4">
              {exported}
            </Alert>
          )}
          {exportCsv.isError && (
            <Alert tone="error" title="書き出せませんでした" className="mt-4">
              {readError(exportCsv.error).message}
            </Alert>
          )}
        </div>
      </Card>
      <Card title="記録" className="mt-6">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">監査ログ（新しい順）</caption>
          <thead>
            <tr className="border-b-2 border-solid-gray-900">
              <th scope="col" className="py-2 pr-3">
                日時
              </th>
              <th scope="col" className="py-2 pr-3">
                職員
              </th>
              <th scope="col" className="py-2 pr-3">
                所属
              </th>
              <th scope="col" className="py-2 pr-3">
                操作
              </th>
              <th scope="col" className="py-2 pr-3">
                対象
              </th>
              <th scope="col" className="py-2">
                詳細
              </th>
            </tr>
          </thead>
          <AuditRows
            filter={filter}
            onMore={(beforeId) => setMore((m) => [...m, beforeId])}
            last={more.length === 0}
          />
          {more.map((beforeId, i) => (
            <AuditRows
              key={beforeId}
              filter={filter}
              beforeId={beforeId}
              onMore={(next) => setMore((m) => [...m, next])}
              last={i === more.length - 1}
            />
          ))}
        </table>
      </Card>
    </>
  );
}

/** One page of rows (a tbody), and on the last page the button that asks for the next. */
function AuditRows({
  filter,
  beforeId,
  onMore,
  last,
}: {
  filter: Filter;
  beforeId?: number;
  onMore: (beforeId: number) => void;
  last: boolean;
}) {
  const trpc = useTRPC();
  const page = useQuery(trpc.audit.list.queryOptions({ filter, beforeId }));
  if (page.isPending)
    return (
      <tbody>
        <tr>
          <td colSpan={6} className="py-4">
            <Spinner label="監査ログを読み込んでいます" showLabel />
          </td>
        </tr>
      </tbody>
    );
  if (page.isError)
    return (
      <tbody>
        <tr>
          <td colSpan={6} className="py-4">
            <Alert tone="error" title="監査ログを読み込めませんでした">
              {readError(page.error).message}
            </Alert>
          </td>
        </tr>
      </tbody>
    );
  const { entries, nextBeforeId } = page.data;
  return (
    <tbody>
      {entries.length === 0 && beforeId === undefined && (
        <tr>
          <td colSpan={6} className="py-4">
            この条件に当てはまる記録はありません。
          </td>
        </tr>
      )}
      {entries.map((e) => (
        <tr key={e.id} className="border-b border-solid-gray-200 align-top">
          <td className="py-2 pr-3 whitespace-nowrap tabular-nums">{jst.format(e.at)}</td>
          <td className="py-2 pr-3 whitespace-nowrap">
            {e.staffName ?? "—"}
            {e.staffLoginId && (
              <span className="block font-mono text-xs text-solid-gray-700">{e.staffLoginId}</span>
            )}
          </td>
          <td className="py-2 pr-3 whitespace-nowrap">{e.departmentName ?? "—"}</td>
          <td className="py-2 pr-3 font-bold whitespace-nowrap">{actionLabel(e.action)}</td>
          <td className="py-2 pr-3 font-mono text-xs" title={e.target}>
            {e.target.length > 13 ? `${e.target.slice(0, 8)}…` : e.target}
          </td>
          <td className="py-2 break-all">{detailText(e.detail)}</td>
        </tr>
      ))}
      {last && nextBeforeId !== null && (
        <tr>
          <td colSpan={6} className="py-4 text-center">
            <Button variant="secondary" onClick={() => onMore(nextBeforeId)}>
              さらに表示（古い記録）
            </Button>
          </td>
        </tr>
      )}
    </tbody>
  );
}
