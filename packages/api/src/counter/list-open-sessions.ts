import { type Db, listOpenCounterSessions } from "@kakanai/db";

export interface OpenSessionItem {
  sessionId: string;
  flowTitle: string;
  receptionNumber: string;
  status: string;
  updatedAt: Date;
}

/** The clerk's own sessions not yet completed, newest first, to resume after a reload or a crash. */
export async function listOpenSessions(
  db: Db,
  params: { municipalityId: string; by: string },
): Promise<OpenSessionItem[]> {
  return listOpenCounterSessions(db, { municipalityId: params.municipalityId, createdBy: params.by });
}
