import { type Db, insertAudit, listAuditEntries } from "@kakanai/db";
import type { AuthUser } from "../auth-user";

export interface AuditFilter {
  staffId?: string;
  departmentId?: string;
  action?: string;
  /** Calendar days in Japan (YYYY-MM-DD), inclusive. */
  fromDay?: string;
  toDay?: string;
}

export interface AuditEntry {
  id: number;
  at: Date;
  action: string;
  target: string;
  detail: Record<string, unknown>;
  staffName: string | null;
  staffLoginId: string | null;
  departmentName: string | null;
}

/** One screen of the audit table; the screen asks for the next with the last id it shows. */
export const auditPageSize = 100;
/** A CSV export holds at most this many rows (narrow the filter for more). */
export const auditExportLimit = 50_000;

/** Day bounds in Japan Standard Time (no daylight saving): 00:00 of fromDay to 24:00 of toDay. */
function dayBounds(filter: AuditFilter): { from?: Date; until?: Date } {
  const from = filter.fromDay ? new Date(`${filter.fromDay}T00:00:00+09:00`) : undefined;
  const until = filter.toDay
    ? new Date(new Date(`${filter.toDay}T00:00:00+09:00`).getTime() + 24 * 60 * 60 * 1000)
    : undefined;
  return { from, until };
}

export async function listAudit(
  db: Db,
  params: { user: AuthUser; filter: AuditFilter; beforeId?: number },
): Promise<{ entries: AuditEntry[]; nextBeforeId: number | null }> {
  const rows = await listAuditEntries(db, {
    municipalityId: params.user.municipalityId,
    staffId: params.filter.staffId,
    departmentId: params.filter.departmentId,
    action: params.filter.action,
    ...dayBounds(params.filter),
    beforeId: params.beforeId,
    limit: auditPageSize + 1,
  });
  const entries = rows.slice(0, auditPageSize);
  const last = entries.at(-1);
  return { entries, nextBeforeId: rows.length > auditPageSize && last ? last.id : null };
}

const csvHeader = ["日時", "職員", "ログインID", "所属", "操作", "対象", "詳細"];

/** RFC 4180: quote every cell, double the quotes; a leading =+-@ is defused for spreadsheets. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

const jstFormat = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Asia/Tokyo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** "2026-11-30 21:05:09" in Japan time. */
export function jstTimestamp(at: Date): string {
  return jstFormat.format(at);
}

/**
 * The filtered audit rows as CSV (UTF-8 with BOM, CRLF, so that Excel opens it in Japanese). The
 * export itself is audited, with its filter.
 */
export async function exportAuditCsv(
  db: Db,
  params: { user: AuthUser; filter: AuditFilter },
): Promise<{ csv: string; rows: number; truncated: boolean }> {
  const rows = await listAuditEntries(db, {
    municipalityId: params.user.municipalityId,
    staffId: params.filter.staffId,
    departmentId: params.filter.departmentId,
    action: params.filter.action,
    ...dayBounds(params.filter),
    limit: auditExportLimit + 1,
  });
  const kept = rows.slice(0, auditExportLimit);
  const lines = [
    csvHeader,
    ...kept.map((r) => [
      jstTimestamp(r.at),
      r.staffName ?? "",
      r.staffLoginId ?? "",
      r.departmentName ?? "",
      r.action,
      r.target,
      JSON.stringify(r.detail ?? {}),
    ]),
  ].map((cells) => cells.map(csvCell).join(","));
  await insertAudit(db, {
    municipalityId: params.user.municipalityId,
    staffId: params.user.id,
    action: "audit.export",
    target: params.user.municipalityId,
    detail: { ...params.filter, rows: kept.length },
  });
  return {
    csv: `\uFEFF${lines.join("\r\n")}\r\n`,
    rows: kept.length,
    truncated: rows.length > auditExportLimit,
  };
}
