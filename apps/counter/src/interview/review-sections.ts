import type { Answers, Bundle, InterviewStep } from "@kakanai/engine";
import { answerAt } from "./engine-adapter";

/** One block of the review: the household's facts, one person (届出人, 世帯主) or one member. */
export interface ReviewSection {
  id: string;
  title: string;
  /** The member's or person's name, when the answers hold it. */
  name: string | null;
  steps: InterviewStep[];
}

const GENERAL = "届出の内容";

/**
 * The review grouped by person and topic (issue 11): the answers without a person (届出の種類, 異動日,
 * addresses, counts) first, then each person the flow asks about by a dotted key (`applicant.*` →
 * 届出人), then each item of a repeating group (異動する方 1人目 …) — in asking order within each.
 */
export function reviewSections(bundle: Bundle, answers: Answers, steps: InterviewStep[]): ReviewSection[] {
  const sections = new Map<string, ReviewSection>();
  const add = (id: string, make: () => Omit<ReviewSection, "steps">, step: InterviewStep) => {
    let section = sections.get(id);
    if (!section) {
      section = { ...make(), steps: [] };
      sections.set(id, section);
    }
    section.steps.push(step);
  };
  for (const step of steps) {
    if (step.groupKey !== undefined && step.memberIndex !== undefined && !step.isCount) {
      const { groupKey, memberIndex } = step;
      add(
        `${groupKey}.${memberIndex}`,
        () => {
          const group = bundle.questions.find((q) => q.key === groupKey);
          return {
            id: `${groupKey}.${memberIndex}`,
            title: `${group?.itemLabel ?? group?.label ?? "世帯員"} ${memberIndex + 1}人目`,
            name: nameAt(answers, `${groupKey}.${memberIndex}.name`),
          };
        },
        step,
      );
      continue;
    }
    const dot = step.isCount ? -1 : step.path.indexOf(".");
    const owner = dot < 0 ? "" : step.path.slice(0, dot);
    add(owner || GENERAL, () => ({ id: owner || "general", title: GENERAL, name: null }), step);
  }
  const list = [...sections.values()];
  for (const section of list) {
    if (section.id === "general" || section.id.includes(".")) continue;
    section.title = personTitle(section.steps) ?? section.steps[0]?.question.label ?? GENERAL;
    section.name = nameAt(answers, `${section.id}.name`);
  }
  return list;
}

/**
 * What a person's questions call them: the words before the last 「の」 of most of their labels
 * (「届出人の氏名」「届出人のフリガナ」 → 届出人, 「入る世帯の世帯主の氏名」 → 入る世帯の世帯主).
 */
function personTitle(steps: InterviewStep[]): string | null {
  const votes = new Map<string, number>();
  for (const step of steps) {
    const label = step.question.label;
    const at = label.lastIndexOf("の");
    if (at <= 0) continue;
    const who = label.slice(0, at);
    votes.set(who, (votes.get(who) ?? 0) + 1);
  }
  let best: string | null = null;
  let count = 0;
  for (const [who, n] of votes) {
    if (n > count) {
      best = who;
      count = n;
    }
  }
  return best;
}

function nameAt(answers: Answers, path: string): string | null {
  const name = answerAt(answers, path);
  return typeof name === "string" && name.trim() ? name : null;
}
