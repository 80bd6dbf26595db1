import { type Answers, type Bundle, getAnswer, type InterviewState, interview } from "@kakanai/engine";

// The check of one answer lives with the question step in @kakanai/ui: the studio's preview and
// the portal check the same way.
export { checkAnswer } from "@kakanai/ui";

/*
 * The one place the counter calls the engine's interview functions, so the screen code stays the same
 * if their signatures move. The engine runs here in the browser for instant next-question; the server
 * recomputes everything authoritatively on finish.
 */

export function interviewState(bundle: Bundle, answers: Answers): InterviewState {
  return interview(bundle, answers);
}

/** Reads answers.members.2.name style paths. */
export function answerAt(answers: Answers, path: string): unknown {
  return getAnswer(answers, path);
}
