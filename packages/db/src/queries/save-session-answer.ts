import type { Db } from "../client";
import type { Answers } from "../schema";

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
 * there at that revision any more (another tab answered meanwhile) or is completed or cancelled.
 *
 * The counter's busiest write, so it is postgres.js' own tagged template (tables `counter_sessions`
 * and `session_events` of schema.ts): the text never changes, so each connection parses and plans it
 * once, and no query builder runs per answer. A pool only: it must not run inside a transaction.
 */
export async function saveSessionAnswer(
  db: Db,
  params: SaveSessionAnswerParams,
): Promise<{ revision: number } | null> {
  const now = (params.now ?? new Date()).toISOString();
  const rows = await db.$client<{ revision: number }[]>`
    with updated as (
      update counter_sessions
         set answers = ${JSON.stringify(params.answers)}::jsonb,
             revision = revision + 1,
             status = 'open',
             determination = null,
             updated_at = ${now}::timestamptz
       where id = ${params.sessionId}::uuid
         and municipality_id = ${params.municipalityId}::uuid
         and revision = ${params.revision}::integer
         and status not in ('completed', 'cancelled')
      returning id, municipality_id, revision
    ), answered as (
      insert into session_events (municipality_id, session_id, type, staff_id, at)
      select municipality_id, id, 'answered', ${params.staffId}::uuid, ${now}::timestamptz
        from updated
    )
    select revision from updated`;
  const [row] = rows;
  return row ? { revision: Number(row.revision) } : null;
}
