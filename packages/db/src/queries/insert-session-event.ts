import type { DbOrTx } from "../client";
import { type SessionEventType, sessionEvents } from "../schema";

export interface InsertSessionEventParams {
  municipalityId: string;
  sessionId: string;
  type: SessionEventType;
  departmentKey?: string | null;
  staffId?: string | null;
}

export async function insertSessionEvent(
  db: DbOrTx,
  params: InsertSessionEventParams,
): Promise<{ id: string }> {
  const [row] = await db
    .insert(sessionEvents)
    .values({ ...params, departmentKey: params.departmentKey ?? null, staffId: params.staffId ?? null })
    .returning({ id: sessionEvents.id });
  if (!row) throw new Error("session event insert returned no row");
  return row;
}
