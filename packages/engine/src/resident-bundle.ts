import type { Bundle, Question } from "./bundle";

/**
 * The part of a published bundle residents answer before they come (apps/portal): only the questions
 * marked `residentVisible`, a group with only its marked item questions. Everything else (computed
 * values, procedures, forms) stays, so the same engine runs it: `interview(residentBundle(b), answers)`
 * asks the resident's questions in the counter's order, and the answers it yields are a valid start
 * of a counter session on `b` itself. Null when the flow asks residents nothing.
 */
export function residentBundle(bundle: Bundle): Bundle | null {
  const questions: Question[] = [];
  for (const q of bundle.questions) {
    if (!q.residentVisible) continue;
    if (q.kind === "group") {
      const items = (q.questions ?? []).filter((item) => item.residentVisible);
      questions.push({ ...q, questions: items });
    } else questions.push(q);
  }
  if (questions.length === 0) return null;
  return { ...bundle, questions, tests: [] };
}

/** Whether residents can pre-apply for this flow (it has at least one resident question). */
export function hasResidentQuestions(bundle: Bundle): boolean {
  return bundle.questions.some((q) => q.residentVisible);
}
