"use client";
import { Alert, Button, Card, PageTitle, Select, Spinner, TextField } from "@kakanai/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { type FormEvent, useState } from "react";
import { downloadText, japanDay } from "@/lib/download";
import { readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";
import type { ChartPoint } from "./stats-chart";

// The chart library is only needed here: loaded with this screen, on the client.
const StatsChart = dynamic(() => import("./stats-chart").then((m) => m.StatsChart), {
  ssr: false,
  loading: () => <Spinner label="グラフを準備しています" showLabel />,
});

type Bucket = "day" | "week" | "month";

interface Query {
  fromDay: string;
  toDay: string;
  bucket: Bucket;
  departmentKey?: string;
}

const bucketLabels: Record<Bucket, string> = { day: "日ごと", week: "週ごと（月曜から）", month: "月ごと" };

function periodLabel(period: string, bucket: Bucket): string {
  const [y, m, d] = period.split("-").map(Number);
  if (bucket === "month") return `${y}年${m}月`;
  return bucket === "week" ? `${m}/${d}〜` : `${m}/${d}`;
}

/** 統計: receptions, linkages and prints over time, and the procedures determined, with CSV. */
export function StatsScreen() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const roles = me.data?.roles ?? [];
  const isSystemAdmin = roles.includes("system_admin");
  const allowed = isSystemAdmin || roles.includes("dept_admin");
  const departments = useQuery({ ...trpc.admin.departments.list.queryOptions(), enabled: isSystemAdmin });
  const [query, setQuery] = useState<Query>({ fromDay: japanDay(29), toDay: japanDay(), bucket: "day" });
  const overview = useQuery({ ...trpc.stats.overview.queryOptions(query), enabled: allowed });
  const exportCsv = useMutation(
    trpc.stats.exportCsv.mutationOptions({
      onSuccess: (r) =>
        downloadText(r.csv, `統計_${query.fromDay}_${query.toDay}.csv`, "text/csv;charset=utf-8"),
    }),
  );

  if (!me.data) return null;
  if (!allowed) {
    return (
      <Alert tone="error" title="この画面を使う権限がありません">
        統計は所属課の管理者とシステム管理者が閲覧できます。
      </Alert>
    );
  }

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const departmentKey = String(form.get("departmentKey") ?? "");
    setQuery({
      fromDay: String(form.get("fromDay") ?? ""),
      toDay: String(form.get("toDay") ?? ""),
      bucket: String(form.get("bucket")) as Bucket,
      ...(departmentKey ? { departmentKey } : {}),
    });
  };

  const data = overview.data;
  const points: ChartPoint[] = (data?.series ?? []).map((p) => ({
    label: periodLabel(p.period, query.bucket),
    receptions: p.receptions,
    linkages: p.linkages,
    formsPrinted: p.formsPrinted,
  }));
  const scope = data?.department ? data.department.name : "市全体";

  return (
    <>
      <PageTitle lead="受付・連携・申請書の印刷の件数と、判定された手続きの件数です。回答の削除（保存期間）の後も件数は残ります。">
        統計
      </PageTitle>
      <Card title="集計の条件">
        <form onSubmit={apply} aria-label="集計の条件" className="grid gap-4">
          <div className="grid grid-cols-1 gap-4 md:grid-cols-4">
            <TextField
              name="fromDay"
              type="date"
              label="期間（から）"
              defaultValue={query.fromDay}
              required
            />
            <TextField name="toDay" type="date" label="期間（まで）" defaultValue={query.toDay} required />
            <Select
              name="bucket"
              label="集計の単位"
              defaultValue={query.bucket}
              options={(Object.keys(bucketLabels) as Bucket[]).map((b) => ({
                value: b,
                label: bucketLabels[b],
              }))}
            />
            {isSystemAdmin ? (
              <Select
                name="departmentKey"
                label="部署"
                placeholder="市全体"
                defaultValue={query.departmentKey ?? ""}
                options={(departments.data ?? []).map((d) => ({ value: d.key, label: d.name }))}
              />
            ) : (
              <p>
                <span className="block font-bold">部署</span>
                <span className="mt-2 block">{me.data.departmentName ?? "—"}（所属課のみ）</span>
              </p>
            )}
          </div>
          <div className="flex flex-wrap gap-4">
            <Button type="submit">集計する</Button>
            <Button
              type="button"
              variant="secondary"
              disabled={exportCsv.isPending || !data}
              onClick={() => exportCsv.mutate(query)}
            >
              この集計をCSVに書き出す
            </Button>
          </div>
        </form>
        {exportCsv.isError && (
          <Alert tone="error" title="書き出せませんでした" className="mt-4">
            {readError(exportCsv.error).message}
          </Alert>
        )}
      </Card>

      {overview.isPending && <Spinner label="集計しています" showLabel />}
      {overview.isError && (
        <Alert tone="error" title="集計できませんでした" className="mt-6">
          {readError(overview.error).message}
        </Alert>
      )}
      {data && (
        <>
          <Card title={`${scope}　${data.fromDay} 〜 ${data.toDay}`} className="mt-6">
            <dl className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-5" aria-label="期間の合計">
              {[
                ["受付", data.totals.receptions],
                ["受付終了", data.totals.completed],
                ["取り消し", data.totals.cancelled],
                ["連携（案内票の読み取り）", data.totals.linkages],
                ["申請書の印刷", data.totals.formsPrinted],
              ].map(([label, value]) => (
                <div key={label} className="rounded-8 border border-solid-gray-420 p-4">
                  <dt className="text-sm">{label}</dt>
                  <dd className="text-[2rem] font-bold leading-1-2 text-blue-1000 tabular-nums">
                    {Number(value).toLocaleString()}
                    <span className="ml-1 text-base">件</span>
                  </dd>
                </div>
              ))}
            </dl>
            <StatsChart
              points={points}
              description={`${bucketLabels[query.bucket]}の受付・連携・申請書の印刷の件数（棒グラフ。同じ数字を下の表に示します）`}
            />
            <details className="mt-4">
              <summary className="cursor-pointer font-bold">表で見る</summary>
              <table className="mt-2 w-full border-collapse text-left text-sm tabular-nums">
                <caption className="sr-only">期間ごとの件数</caption>
                <thead>
                  <tr className="border-b-2 border-solid-gray-900">
                    <th scope="col" className="py-1 pr-4">
                      期間
                    </th>
                    <th scope="col" className="py-1 pr-4 text-right">
                      受付
                    </th>
                    <th scope="col" className="py-1 pr-4 text-right">
                      受付終了
                    </th>
                    <th scope="col" className="py-1 pr-4 text-right">
                      取り消し
                    </th>
                    <th scope="col" className="py-1 pr-4 text-right">
                      連携
                    </th>
                    <th scope="col" className="py-1 text-right">
                      申請書の印刷
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.series.map((p) => (
                    <tr key={p.period} className="border-b border-solid-gray-200">
                      <th scope="row" className="py-1 pr-4 font-normal">
                        {periodLabel(p.period, query.bucket)}
                      </th>
                      <td className="py-1 pr-4 text-right">{p.receptions}</td>
                      <td className="py-1 pr-4 text-right">{p.completed}</td>
                      <td className="py-1 pr-4 text-right">{p.cancelled}</td>
                      <td className="py-1 pr-4 text-right">{p.linkages}</td>
                      <td className="py-1 text-right">{p.formsPrinted}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </Card>
          <Card title="判定された手続き（受付終了分）" className="mt-6">
            {data.procedures.length === 0 ? (
              <p>この期間に受付を終えた手続きはありません。</p>
            ) : (
              <table className="w-full border-collapse text-left text-sm">
                <caption className="sr-only">手続きごとの件数</caption>
                <thead>
                  <tr className="border-b-2 border-solid-gray-900">
                    <th scope="col" className="py-1 pr-4">
                      手続き
                    </th>
                    <th scope="col" className="py-1 pr-4">
                      担当課
                    </th>
                    <th scope="col" className="py-1 pr-4">
                      フロー
                    </th>
                    <th scope="col" className="py-1 text-right">
                      件数
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.procedures.map((p) => (
                    <tr key={`${p.flowTitle}/${p.procedureKey}`} className="border-b border-solid-gray-200">
                      <td className="py-1 pr-4 font-bold">{p.title}</td>
                      <td className="py-1 pr-4">{p.departmentName}</td>
                      <td className="py-1 pr-4">{p.flowTitle}</td>
                      <td className="py-1 text-right tabular-nums">{p.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Card>
        </>
      )}
    </>
  );
}
