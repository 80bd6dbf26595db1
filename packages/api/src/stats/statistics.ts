import {
  type Db,
  insertAudit,
  listDepartments,
  listProcedureTitles,
  type StatsBucket,
  statsProcedures,
  statsSeries,
} from "@kakanai/db";
import type { AuthUser } from "../auth-user";
import { DomainError } from "../domain-error";

export interface StatsQuery {
  /** Calendar days in Japan (YYYY-MM-DD), inclusive. */
  fromDay: string;
  toDay: string;
  bucket: StatsBucket;
  /** A system admin may narrow to one department; a department admin always sees their own. */
  departmentKey?: string;
}

export interface StatsPoint {
  period: string;
  receptions: number;
  completed: number;
  cancelled: number;
  linkages: number;
  formsPrinted: number;
}

export interface StatsOverview {
  fromDay: string;
  toDay: string;
  bucket: StatsBucket;
  /** null: the whole city. */
  department: { key: string; name: string } | null;
  series: StatsPoint[];
  totals: Omit<StatsPoint, "period">;
  procedures: {
    flowTitle: string;
    procedureKey: string;
    title: string;
    departmentName: string;
    count: number;
  }[];
}

const dayMs = 24 * 60 * 60 * 1000;
const maxBuckets: Record<StatsBucket, number> = { day: 400, week: 260, month: 120 };

/** 00:00 of a Japanese calendar day as an instant (Japan has no daylight saving). */
const startOfDay = (day: string) => new Date(`${day}T00:00:00+09:00`);

/** The first day of the bucket `day` falls in: itself, the Monday of its week, or the 1st of its month. */
function bucketStart(day: string, bucket: StatsBucket): string {
  if (bucket === "day") return day;
  if (bucket === "month") return `${day.slice(0, 7)}-01`;
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * dayMs).toISOString().slice(0, 10);
}

/** Every bucket of the range, so that a quiet day shows as 0 instead of vanishing from the chart. */
function periods(fromDay: string, toDay: string, bucket: StatsBucket): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${fromDay}T00:00:00Z`); t <= Date.parse(`${toDay}T00:00:00Z`); t += dayMs) {
    const start = bucketStart(new Date(t).toISOString().slice(0, 10), bucket);
    if (out.at(-1) !== start) out.push(start);
  }
  return out;
}

function scopeFor(user: AuthUser, requested: string | undefined): string | undefined {
  if (user.roles.includes("system_admin")) return requested;
  if (!user.departmentKey) throw new DomainError("FORBIDDEN", "所属課のない職員は統計を見られません。");
  if (requested !== undefined && requested !== user.departmentKey)
    throw new DomainError("FORBIDDEN", "他の課の統計は見られません。");
  return user.departmentKey;
}

export async function statisticsOverview(
  db: Db,
  params: { user: AuthUser; query: StatsQuery },
): Promise<StatsOverview> {
  const { fromDay, toDay, bucket } = params.query;
  if (fromDay > toDay) throw new DomainError("BAD_REQUEST", "期間の終わりは始まり以降の日付にしてください。");
  const buckets = periods(fromDay, toDay, bucket);
  if (buckets.length > maxBuckets[bucket])
    throw new DomainError(
      "BAD_REQUEST",
      `この期間は長すぎます（${{ day: "日ごと", week: "週ごと", month: "月ごと" }[bucket]}は${maxBuckets[bucket]}区切りまで）。集計の単位を大きくするか、期間を短くしてください。`,
    );
  const municipalityId = params.user.municipalityId;
  const departmentKey = scopeFor(params.user, params.query.departmentKey);
  const range = {
    municipalityId,
    from: startOfDay(fromDay),
    until: new Date(startOfDay(toDay).getTime() + dayMs),
    departmentKey,
  };
  const [rows, procedureRows, titles, departments] = await Promise.all([
    statsSeries(db, { ...range, bucket }),
    statsProcedures(db, range),
    listProcedureTitles(db, { municipalityId }),
    listDepartments(db, { municipalityId }),
  ]);
  const byPeriod = new Map(rows.map((r) => [r.period, r]));
  const series = buckets.map(
    (period) =>
      byPeriod.get(period) ?? {
        period,
        receptions: 0,
        completed: 0,
        cancelled: 0,
        linkages: 0,
        formsPrinted: 0,
      },
  );
  const totals = series.reduce(
    (sum, p) => ({
      receptions: sum.receptions + p.receptions,
      completed: sum.completed + p.completed,
      cancelled: sum.cancelled + p.cancelled,
      linkages: sum.linkages + p.linkages,
      formsPrinted: sum.formsPrinted + p.formsPrinted,
    }),
    { receptions: 0, completed: 0, cancelled: 0, linkages: 0, formsPrinted: 0 },
  );
  const title = new Map(titles.map((t) => [`${t.flowKey}/${t.procedureKey}`, t]));
  const departmentName = new Map(departments.map((d) => [d.key, d.name]));
  return {
    fromDay,
    toDay,
    bucket,
    department: departmentKey
      ? { key: departmentKey, name: departmentName.get(departmentKey) ?? departmentKey }
      : null,
    series,
    totals,
    procedures: procedureRows.map((r) => {
      const t = title.get(`${r.flowKey}/${r.procedureKey}`);
      return {
        flowTitle: t?.flowTitle ?? r.flowKey,
        procedureKey: r.procedureKey,
        title: t?.title ?? r.procedureKey,
        departmentName: departmentName.get(r.departmentKey) ?? r.departmentKey,
        count: r.count,
      };
    }),
  };
}

const quote = (cell: string | number) => `"${String(cell).replaceAll('"', '""')}"`;

/** The same figures as CSV (UTF-8 with BOM, CRLF): the series, a blank line, the procedures. */
export async function statisticsCsv(
  db: Db,
  params: { user: AuthUser; query: StatsQuery },
): Promise<{ csv: string }> {
  const o = await statisticsOverview(db, params);
  const lines = [
    ["期間の始まり", "受付", "受付終了", "取り消し", "連携", "申請書の印刷"],
    ...o.series.map((p) => [p.period, p.receptions, p.completed, p.cancelled, p.linkages, p.formsPrinted]),
    [
      "合計",
      o.totals.receptions,
      o.totals.completed,
      o.totals.cancelled,
      o.totals.linkages,
      o.totals.formsPrinted,
    ],
    [],
    ["フロー", "手続き", "担当課", "件数"],
    ...o.procedures.map((p) => [p.flowTitle, p.title, p.departmentName, p.count]),
  ].map((cells) => cells.map(quote).join(","));
  await insertAudit(db, {
    municipalityId: params.user.municipalityId,
    staffId: params.user.id,
    action: "stats.export",
    target: params.user.municipalityId,
    detail: { ...params.query, departmentKey: o.department?.key ?? null },
  });
  return { csv: `\uFEFF${lines.join("\r\n")}\r\n` };
}
