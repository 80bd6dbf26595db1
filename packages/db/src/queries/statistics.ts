import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";

export type StatsBucket = "day" | "week" | "month";

export interface StatsRange {
  municipalityId: string;
  /** From this instant, inclusive, to `until`, exclusive. */
  from: Date;
  until: Date;
  /** Linkages, prints and procedures of this department only; receptions stay city-wide. */
  departmentKey?: string;
}

export type StatsSeriesRow = {
  /** First day of the bucket in Japan (YYYY-MM-DD; weeks start on Monday). */
  period: string;
  receptions: number;
  completed: number;
  /** Receptions cancelled (counter.cancel): started, never completed. */
  cancelled: number;
  linkages: number;
  formsPrinted: number;
};

/**
 * Counts per day, week or month from the session events (kept through the retention purge):
 * receptions started, completed, cancelled, linkages (a department scanned the slip) and department form prints.
 */
export async function statsSeries(
  db: DbOrTx,
  params: StatsRange & { bucket: StatsBucket },
): Promise<StatsSeriesRow[]> {
  const dept = params.departmentKey ?? null;
  const rows = await db.execute<StatsSeriesRow>(sql`
    select to_char(date_trunc(${params.bucket}, e.at at time zone 'Asia/Tokyo'), 'YYYY-MM-DD') as "period",
           (count(*) filter (where e.type = 'started'))::int as "receptions",
           (count(*) filter (where e.type = 'completed'))::int as "completed",
           (count(*) filter (where e.type = 'cancelled'))::int as "cancelled",
           (count(*) filter (where e.type = 'linked'
              and (${dept}::text is null or e.department_key = ${dept}::text)))::int as "linkages",
           (count(*) filter (where e.type = 'forms_printed'
              and (${dept}::text is null or e.department_key = ${dept}::text)))::int as "formsPrinted"
      from session_events e
     where e.municipality_id = ${params.municipalityId}
       and e.at >= ${params.from.toISOString()}::timestamptz
       and e.at < ${params.until.toISOString()}::timestamptz
     group by 1
     order by 1`);
  return [...rows];
}

export type StatsProcedureRow = {
  flowKey: string;
  procedureKey: string;
  departmentKey: string;
  count: number;
};

/** How often each procedure was determined in completed receptions (reception_stats, kept after the purge). */
export async function statsProcedures(db: DbOrTx, params: StatsRange): Promise<StatsProcedureRow[]> {
  const dept = params.departmentKey ?? null;
  const rows = await db.execute<StatsProcedureRow>(sql`
    select s.flow_key as "flowKey", p->>'key' as "procedureKey", p->>'departmentKey' as "departmentKey",
           count(*)::int as "count"
      from reception_stats s
     cross join lateral jsonb_array_elements(s.procedures) p
     where s.municipality_id = ${params.municipalityId}
       and s.completed_at >= ${params.from.toISOString()}::timestamptz
       and s.completed_at < ${params.until.toISOString()}::timestamptz
       and (${dept}::text is null or p->>'departmentKey' = ${dept}::text)
     group by 1, 2, 3
     order by 4 desc, 1, 2`);
  return [...rows];
}

/** Procedure titles of each flow's latest published version (for naming the keys above). */
export async function listProcedureTitles(db: DbOrTx, params: { municipalityId: string }) {
  const rows = await db.execute<{
    flowKey: string;
    flowTitle: string;
    procedureKey: string;
    title: string;
  }>(sql`
    select f.key as "flowKey", b.document->'flow'->>'title' as "flowTitle",
           p->>'key' as "procedureKey", p->>'title' as "title"
      from flows f
      join bundles b on b.flow_id = f.id
                    and b.seq = (select max(b2.seq) from bundles b2 where b2.flow_id = f.id)
     cross join lateral jsonb_array_elements(b.document->'procedures') p
     where f.municipality_id = ${params.municipalityId}`);
  return [...rows];
}
