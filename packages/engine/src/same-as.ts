import { getAnswer } from "./answer-path";
import type { Answers, Bundle } from "./bundle";
import type { InterviewStep } from "./types";

/** An earlier answer the clerk may copy into this step instead of typing it again. */
export interface SameAsOption {
  /** Where the earlier answer is stored (members.0.name). */
  path: string;
  /** 「届出人の氏名」「異動する方 1人目の氏名」 */
  label: string;
  value: unknown;
  /**
   * The earlier answer belongs to the same person as this step (their names match): the input may
   * start with it (届出人のフリガナ → 異動する方 1人目のフリガナ when that person is the 届出人).
   */
  samePerson: boolean;
}

const COPYABLE = new Set(["text", "kana", "address"]);
const MAX_OPTIONS = 3;

/**
 * Say it once (issue 11): the answers given earlier in this interview that this step may reuse.
 * A name or kana is offered where the same kind of fact was asked before under the same last key
 * (`applicant.name` for `members.0.name`); an address is offered wherever an address was given.
 * A value another item of the same group already holds is not offered (two members never share a
 * name), nor the value this step already has. Earlier answers of the same person come first.
 */
export function sameAsOptions(
  bundle: Bundle,
  answers: Answers,
  steps: InterviewStep[],
  step: InterviewStep,
): SameAsOption[] {
  const kind = step.question.kind;
  if (step.isCount || !COPYABLE.has(kind)) return [];
  const index = steps.findIndex((s) => s.path === step.path);
  const earlier = index < 0 ? [] : steps.slice(0, index);
  const leaf = lastSegment(step.path);
  const current = getAnswer(answers, step.path);
  const usedBySiblings = siblingValues(answers, step, leaf);
  const ownerName = nameOf(answers, ownerOf(step.path));
  const seen = new Set<string>([fingerprint(current)]);
  const options: SameAsOption[] = [];
  for (const s of earlier) {
    if (s.isCount || s.question.kind !== kind) continue;
    if (kind !== "address" && lastSegment(s.path) !== leaf) continue;
    const value = getAnswer(answers, s.path);
    if (isEmpty(value)) continue;
    const print = fingerprint(value);
    if (seen.has(print) || usedBySiblings.has(print)) continue;
    seen.add(print);
    const earlierOwner = nameOf(answers, ownerOf(s.path));
    options.push({
      path: s.path,
      label: stepLabel(bundle, s),
      value,
      samePerson: ownerName !== null && earlierOwner === ownerName && ownerOf(s.path) !== ownerOf(step.path),
    });
  }
  // Stable: the same person's answer first, otherwise in asking order.
  options.sort((a, b) => Number(b.samePerson) - Number(a.samePerson));
  return options.slice(0, MAX_OPTIONS);
}

/** 「異動する方 2人目の氏名」 for a member's step, the question's label otherwise. */
export function stepLabel(bundle: Bundle, step: InterviewStep): string {
  if (step.groupKey === undefined || step.memberIndex === undefined) return step.question.label;
  const group = bundle.questions.find((q) => q.key === step.groupKey);
  return `${group?.itemLabel ?? group?.label ?? "世帯員"} ${step.memberIndex + 1}人目の${step.question.label}`;
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf(".") + 1);
}

/** `applicant` for applicant.kana, `members.0` for members.0.kana, "" for a top-level key. */
function ownerOf(path: string): string {
  const dot = path.lastIndexOf(".");
  return dot < 0 ? "" : path.slice(0, dot);
}

function nameOf(answers: Answers, owner: string): string | null {
  if (!owner) return null;
  const name = getAnswer(answers, `${owner}.name`);
  return typeof name === "string" && name.trim() ? name.replace(/\s+/g, " ").trim() : null;
}

function siblingValues(answers: Answers, step: InterviewStep, leaf: string): Set<string> {
  const used = new Set<string>();
  if (step.groupKey === undefined || step.memberIndex === undefined) return used;
  const items = getAnswer(answers, step.groupKey);
  if (!Array.isArray(items)) return used;
  items.forEach((_, i) => {
    if (i === step.memberIndex) return;
    const value = getAnswer(answers, `${step.groupKey}.${i}.${leaf}`);
    if (!isEmpty(value)) used.add(fingerprint(value));
  });
  return used;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (typeof value === "object") return Object.values(value as object).every((v) => isEmpty(v));
  return false;
}

/** Names compare without their spaces' width or count; addresses by their parts. */
function fingerprint(value: unknown): string {
  if (typeof value === "string") return value.normalize("NFKC").replace(/\s+/g, " ").trim();
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => !isEmpty(v))
      .map(([k, v]) => [k, typeof v === "string" ? v.normalize("NFKC").trim() : v] as const)
      .sort(([a], [b]) => a.localeCompare(b));
    return JSON.stringify(entries);
  }
  return JSON.stringify(value ?? null);
}
