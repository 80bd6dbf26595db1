import { type Db, insertSessionEvent, schema } from "@kakanai/db";
import { type Answers, setAnswer } from "@kakanai/engine";
import { and, eq } from "drizzle-orm";
import { DomainError } from "../domain-error";
import { findSession } from "./find-session";

const { counterSessions } = schema;

export const staleAnswerMessage = "この受付は別の画面で更新されています。再読み込みしてから続けてください。";

export interface AnswerSessionParams {
  sessionId: string;
  municipalityId: string;
  path: string;
  value: unknown;
  /** The revision the screen showed; a newer one on the server means another tab answered meanwhile. */
  revision: number;
  by: string;
}

/** Saves one answer as it is given. An edit after 判定 reopens the session: the result must be redone. */
export async function answerSession(
  db: Db,
  params: AnswerSessionParams,
): Promise<{ answers: Answers; revision: number }> {
  const session = await findSession(db, params);
  if (session.status === "completed") {
    throw new DomainError("BAD_REQUEST", "この受付は完了しているため、回答を変更できません。");
  }
  if (session.revision !== params.revision) throw new DomainError("CONFLICT", staleAnswerMessage);
  const answers = setAnswer(session.answers, params.path, params.value, session.bundle);
  const [row] = await db
    .update(counterSessions)
    .set({
      answers,
      revision: params.revision + 1,
      status: "open",
      determination: null,
      updatedAt: new Date(),
    })
    .where(and(eq(counterSessions.id, session.id), eq(counterSessions.revision, params.revision)))
    .returning({ answers: counterSessions.answers, revision: counterSessions.revision });
  if (!row) throw new DomainError("CONFLICT", staleAnswerMessage);
  await insertSessionEvent(db, {
    municipalityId: params.municipalityId,
    sessionId: session.id,
    type: "answered",
    staffId: params.by,
  });
  return { answers: row.answers as Answers, revision: row.revision };
}
