import { type Db, insertAudit } from "@kakanai/db";
import type { Answers, Bundle, Determination } from "@kakanai/engine";
import { type CounterViewer, findSession } from "./find-session";

export interface SessionView {
  sessionId: string;
  receptionNumber: string;
  status: string;
  flowTitle: string;
  bundleSeq: number;
  bundle: Bundle;
  answers: Answers;
  revision: number;
  determination: Determination | null;
  updatedAt: Date;
}

/** A reception as the counter reads it (resume, reload); every read leaves an audit row. */
export async function getSession(
  db: Db,
  params: { sessionId: string; municipalityId: string; by: CounterViewer },
): Promise<SessionView> {
  const s = await findSession(db, { ...params, access: params.by });
  await insertAudit(db, {
    municipalityId: params.municipalityId,
    staffId: params.by.id,
    action: "session.read",
    target: s.id,
  });
  return {
    sessionId: s.id,
    receptionNumber: s.receptionNumber,
    status: s.status,
    flowTitle: s.bundle.flow.title,
    bundleSeq: s.bundleSeq,
    bundle: s.bundle,
    answers: s.answers,
    revision: s.revision,
    determination: s.determination,
    updatedAt: s.updatedAt,
  };
}
