import type { Db } from "@kakanai/db";
import type { Answers, Bundle, Determination } from "@kakanai/engine";
import { findSession } from "./find-session";

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

export async function getSession(
  db: Db,
  params: { sessionId: string; municipalityId: string },
): Promise<SessionView> {
  const s = await findSession(db, params);
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
