import { type Db, listOpenCounterSessions } from "@kakanai/db";

export interface OpenSessionItem {
  sessionId: string;
  flowTitle: string;
  receptionNumber: string;
  status: string;
  updatedAt: Date;
}

/** The sessions the clerk holds (started or was handed) not yet completed, newest first, to resume after a reload or a crash. */
export async function listOpenSessions(
  db: Db,
  params: { municipalityId: string; by: string },
): Promise<OpenSessionItem[]> {
  return listOpenCounterSessions(db, { municipalityId: params.municipalityId, assignedTo: params.by });
}
