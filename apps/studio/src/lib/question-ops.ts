import { arrayMove } from "@dnd-kit/sortable";
import type { DraftItemQuestion, DraftQuestion, FlowDraft } from "./flow-draft";

/** A question found anywhere in the draft, with the group it belongs to (null = top level). */
export interface FoundQuestion {
  question: DraftQuestion | DraftItemQuestion;
  group: DraftQuestion | null;
}

export function findQuestion(draft: FlowDraft, id: string): FoundQuestion | null {
  for (const q of draft.questions) {
    if (q.id === id) return { question: q, group: null };
    const item = q.questions?.find((x) => x.id === id);
    if (item) return { question: item, group: q };
  }
  return null;
}

/** Keys already used next to a question: top-level keys, or the keys inside one group. */
export function siblingKeys(draft: FlowDraft, groupId: string | null, exceptId?: string): Set<string> {
  const list = groupId ? (draft.questions.find((q) => q.id === groupId)?.questions ?? []) : draft.questions;
  return new Set(list.filter((q) => q.id !== exceptId).map((q) => q.key));
}

export function updateQuestion(
  draft: FlowDraft,
  id: string,
  change: (q: DraftQuestion | DraftItemQuestion) => DraftQuestion | DraftItemQuestion,
): FlowDraft {
  return {
    ...draft,
    questions: draft.questions.map((q) => {
      if (q.id === id) return change(q) as DraftQuestion;
      if (!q.questions?.some((x) => x.id === id)) return q;
      return {
        ...q,
        questions: q.questions.map((x) => (x.id === id ? (change(x) as DraftItemQuestion) : x)),
      };
    }),
  };
}

export function moveQuestion(
  draft: FlowDraft,
  groupId: string | null,
  fromId: string,
  toId: string,
): FlowDraft {
  const move = <T extends { id: string }>(list: T[]) => {
    const from = list.findIndex((q) => q.id === fromId);
    const to = list.findIndex((q) => q.id === toId);
    return from < 0 || to < 0 ? list : arrayMove(list, from, to);
  };
  if (!groupId) return { ...draft, questions: move(draft.questions) };
  return {
    ...draft,
    questions: draft.questions.map((q) =>
      q.id === groupId ? { ...q, questions: move(q.questions ?? []) } : q,
    ),
  };
}

export function addQuestion(
  draft: FlowDraft,
  groupId: string | null,
  question: DraftItemQuestion | DraftQuestion,
): FlowDraft {
  if (!groupId) return { ...draft, questions: [...draft.questions, question as DraftQuestion] };
  if (question.kind === "group") throw new Error("a repeating group cannot be nested in another");
  return {
    ...draft,
    questions: draft.questions.map((q) =>
      q.id === groupId ? { ...q, questions: [...(q.questions ?? []), question as DraftItemQuestion] } : q,
    ),
  };
}

export function removeQuestion(draft: FlowDraft, id: string): FlowDraft {
  return {
    ...draft,
    questions: draft.questions
      .filter((q) => q.id !== id)
      .map((q) =>
        q.questions?.some((x) => x.id === id)
          ? { ...q, questions: q.questions.filter((x) => x.id !== id) }
          : q,
      ),
  };
}
