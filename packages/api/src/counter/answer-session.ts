import { type Db, saveSessionAnswer } from "@kakanai/db";
import { type Answers, applyAnswer, japanToday } from "@kakanai/engine";
import { DomainError, notFound } from "../domain-error";
import { cancelledSessionMessage, type SessionRecord } from "./find-session";

export const staleAnswerMessage = "この受付は別の画面で更新されています。再読み込みしてから続けてください。";
const completedMessage = "この受付は完了しているため、回答を変更できません。";

export interface AnswerSessionParams {
  /** The session as read with the login (only ever one of the user's municipality); null when not found. */
  session: SessionRecord | null;
  /** The user's municipality: the save checks it again, whatever was read. */
  municipalityId: string;
  path: string;
  value: unknown;
  /** The revision the screen showed; a newer one on the server means another tab answered meanwhile. */
  revision: number;
  by: string;
  /** The instant the answer is given (a date of birth after its day in Japan is refused); tests fix it. */
  now?: Date;
}

/**
 * Saves one answer as it is given, after checking it against the session's bundle (the path must be a
 * question of the flow, the value of its type and within bounds; see applyAnswer). The answers, the
 * revision and the "answered" event are one statement, written only while the session is still of
 * that municipality, at that revision and not completed. An edit after 判定 reopens the session: the
 * result must be redone.
 */
export async function answerSession(
  db: Db,
  params: AnswerSessionParams,
): Promise<{ answers: Answers; revision: number }> {
  const { session } = params;
  if (!session) throw notFound("受付");
  if (session.status === "completed") throw new DomainError("BAD_REQUEST", completedMessage);
  if (session.status === "cancelled") throw new DomainError("BAD_REQUEST", cancelledSessionMessage);
  if (session.revision !== params.revision) throw new DomainError("CONFLICT", staleAnswerMessage);
  const applied = applyAnswer(session.bundle, session.answers, params.path, params.value, {
    today: japanToday(params.now ?? new Date()),
  });
  if (!applied.ok) {
    throw new DomainError("BAD_REQUEST", `回答を保存できませんでした。${applied.issue.message}`, [
      applied.issue,
    ]);
  }
  const saved = await saveSessionAnswer(db, {
    sessionId: session.id,
    municipalityId: params.municipalityId,
    answers: applied.answers,
    revision: params.revision,
    staffId: params.by,
  });
  if (!saved) throw new DomainError("CONFLICT", staleAnswerMessage);
  return { answers: applied.answers, revision: saved.revision };
}
