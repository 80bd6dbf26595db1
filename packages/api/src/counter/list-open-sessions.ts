import { type Db, insertAudit, listOpenCounterSessions } from "@kakanai/db";
import { formatReceptionName, receptionName } from "@kakanai/engine";
import { cachedBundle } from "./bundle-cache";

export interface OpenSessionItem {
  sessionId: string;
  flowTitle: string;
  receptionNumber: string;
  /** open, determined, completed or cancelled. */
  status: string;
  /** 「東雲 太郎 ほか3人」, 「故 東雲 一郎」; null until the interview has a name (or once purged). */
  residentName: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * The receptions the clerk holds (started or was handed), newest first, to resume after a reload or a
 * crash: only unfinished ones, or with `finished` also completed and cancelled ones. Each is named by
 * its resident once the interview has the name; naming them is a read of residents' data, so a list
 * that shows any name leaves one audit row (`session.list`) with the ids of the receptions it named.
 */
export async function listOpenSessions(
  db: Db,
  params: { municipalityId: string; by: string; finished?: boolean },
): Promise<OpenSessionItem[]> {
  const rows = await listOpenCounterSessions(db, {
    municipalityId: params.municipalityId,
    assignedTo: params.by,
    finished: params.finished,
  });
  const items = await Promise.all(
    rows.map(async (row): Promise<OpenSessionItem> => {
      const named = row.purged ? null : receptionName(await cachedBundle(db, row.bundle), row.answers);
      return {
        sessionId: row.sessionId,
        flowTitle: row.flowTitle,
        receptionNumber: row.receptionNumber,
        status: row.status,
        residentName: named ? formatReceptionName(named) : null,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
      };
    }),
  );
  const namedIds = items.filter((i) => i.residentName !== null).map((i) => i.sessionId);
  if (namedIds.length > 0) {
    await insertAudit(db, {
      municipalityId: params.municipalityId,
      staffId: params.by,
      action: "session.list",
      target: params.by,
      detail: { sessions: namedIds, finished: Boolean(params.finished) },
    });
  }
  return items;
}
