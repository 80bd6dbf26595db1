import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { type Answers, counterSessions, sessionEvents } from "../schema";

export interface SaveSessionAnswerParams {
  sessionId: string;
  municipalityId: string;
  /** The whole answers object after the answer (already validated by the caller). */
  answers: Answers;
  /** The revision the answer was given on; the row is written only while it is still current. */
  revision: number;
  staffId: string | null;
  now?: Date;
}

/**
 * Stores a session's answers, bumps its revision, reopens it (the 判定 must be redone) and records the
 * "answered" event, in one statement: both rows are written or neither. Null when the session is not
 * there at that revision any more (another tab answered meanwhile) or is completed.
 */
export async function saveSessionAnswer(
  db: DbOrTx,
  params: SaveSessionAnswerParams,
): Promise<{ revision: number } | null> {
  const now = params.now ?? new Date();
  const rows = await db.execute<{ revision: number }>(sql`
    with updated as (
      update ${counterSessions}
         set answers = ${JSON.stringify(params.answers)}::jsonb,
             revision = revision + 1,
             status = 'open',
             determination = null,
             updated_at = ${now.toISOString()}::timestamptz
       where id = ${params.sessionId}::uuid
         and municipality_id = ${params.municipalityId}::uuid
         and revision = ${params.revision}::integer
         and status <> 'completed'
      returning id, municipality_id, revision
    ), answered as (
      insert into ${sessionEvents} (municipality_id, session_id, type, staff_id, at)
      select municipality_id, id, 'answered', ${params.staffId}::uuid, ${now.toISOString()}::timestamptz
        from updated
    )
    select revision from updated`);
  const [row] = rows;
  return row ? { revision: Number(row.revision) } : null;
}
