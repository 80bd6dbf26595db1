import type { Bundle, ItemQuestion, Question, Rule } from "./bundle";
import { evaluate } from "./evaluate";
import { truthy } from "./json-logic/coerce";
import { decideRule } from "./lint-constant";
import type { Report } from "./lint-report";
import { ruleContext } from "./rule-context";
import { ruleRefs } from "./rule-refs";

/**
 * Why a value a visibleIf reads is, when its question comes up, what it is with no answers at all:
 * its question comes later ("later") or is the question itself ("self"), or is never shown
 * ("hidden", its answer never counts), or it is a computed value of such inputs or of none ("fixed").
 */
type Fixed = "later" | "self" | "hidden" | "fixed";

const MESSAGES: Record<Fixed, string> = {
  later:
    "この質問は、後で聞く質問の回答を条件にしているため、順番どおりには表示されません。条件にした質問より後ろに移してください",
  self: "この質問は、自分の回答を表示条件にしているため表示されません。条件を見直してください",
  hidden: "この質問は、表示されない質問の回答を条件にしているため表示されません。条件を見直してください",
  fixed: "この条件は常に成り立たないため、この質問は表示されません。条件を見直してください",
};

/**
 * Finds questions that are not shown when their turn comes: the visibleIf reads only values that
 * are still empty then (see Fixed) and does not hold on empty values. Certain cases only: a rule
 * that reads anything else, or a path built at run time, is left alone. A visibleIf that never
 * holds whatever the answers is reported by the rule check (decideRule), not here.
 */
export function lintReachability(bundle: Bundle, warn: Report): void {
  let empty: Record<string, unknown>;
  try {
    empty = ruleContext(bundle, {}).data;
  } catch {
    return; // a computed value fails without answers: nothing is certain
  }
  const hidden = new Set<number>();
  bundle.questions.forEach((q, i) => {
    const at: Seen = { index: i, hidden, selfCounts: true };
    const verdict = judge(q.visibleIf, empty, (ref) => topLevel(bundle, ref, at));
    if (verdict !== null && verdict !== "later") hidden.add(i);
    if (verdict !== null && verdict !== "never") warn(`questions[${i}].visibleIf`, MESSAGES[verdict]);
    if (q.kind === "group" && !hidden.has(i)) {
      lintItems(bundle, q, { index: i, hidden, selfCounts: false }, empty, warn);
    }
  });
}

function lintItems(bundle: Bundle, group: Question, at: Seen, empty: object, warn: Report): void {
  const items = group.questions ?? [];
  const hidden = new Set<number>();
  const data = { ...empty, member: {}, memberIndex: 0 };
  items.forEach((item, j) => {
    const fixed = (ref: string): Fixed | null => {
      const [head, ...rest] = ref.split(".");
      if (head === "memberIndex") return null;
      if (head !== "member") return topLevel(bundle, ref, at);
      return questionsAt(items, rest.join("."), { index: j, hidden, selfCounts: true });
    };
    const verdict = judge(item.visibleIf, data, fixed);
    if (verdict !== null && verdict !== "later") hidden.add(j);
    if (verdict !== null && verdict !== "never") {
      warn(`questions[${at.index}].questions[${j}].visibleIf`, MESSAGES[verdict]);
    }
  });
}

/** "never" when the rule never holds at all (reported by the rule check), else why it fails now. */
function judge(
  rule: Rule | undefined,
  data: object,
  fixed: (ref: string) => Fixed | null,
): Fixed | "never" | null {
  if (rule === undefined) return null;
  if (decideRule(rule)?.holds === "never") return "never";
  const why = reads(rule, fixed);
  return why === null || holds(rule, data) ? null : why;
}

function holds(rule: Rule, data: object): boolean {
  try {
    return truthy(evaluate(rule, data));
  } catch {
    return true; // cannot tell: assume it may hold
  }
}

/** The strongest reason every value the rule reads is fixed, or null when one may vary. */
function reads(rule: Rule, fixed: (ref: string) => Fixed | null): Fixed | null {
  const refs = ruleRefs(rule);
  if (refs.opaque || refs.paths.length === 0) return null;
  const whys: Fixed[] = [];
  for (const ref of refs.paths) {
    const why = fixed(ref);
    if (why === null) return null;
    whys.push(why);
  }
  return strongest(whys);
}

function strongest(whys: Fixed[]): Fixed {
  return (["later", "self", "hidden"] as const).find((w) => whys.includes(w)) ?? "fixed";
}

/** A top-level path read from `at`: `on` and computed values through what they read. */
function topLevel(bundle: Bundle, ref: string, at: Seen, depth = 0): Fixed | null {
  const head = ref.split(".", 1)[0] ?? ref;
  const through = (rule: Rule): Fixed | null => {
    if (depth > bundle.computed.length) return null; // a computed value reading itself
    const refs = ruleRefs(rule);
    if (refs.opaque) return null;
    const whys: Fixed[] = [];
    for (const path of refs.paths) {
      const why = topLevel(bundle, path, at, depth + 1);
      if (why === null) return null;
      whys.push(why);
    }
    return strongest(whys);
  };
  if (head === "on") return through(bundle.flow.referenceDate);
  const computed = bundle.computed.find((c) => c.key === head);
  if (computed) return through(computed.expr);
  const why = questionsAt(bundle.questions, ref, at);
  return why === "self" && !at.selfCounts ? null : why;
}

/** Seen from question `index` of its list: which earlier ones are never shown. */
interface Seen {
  index: number;
  hidden: ReadonlySet<number>;
  /** false for a group's items: the group's own answer (the list) is there when they are asked. */
  selfCounts: boolean;
}

/** What the path reads among questions (of one list), seen from one of them; null when answered before. */
function questionsAt(questions: (Question | ItemQuestion)[], ref: string, at: Seen): Fixed | null {
  const whys: Fixed[] = [];
  for (const [k, q] of questions.entries()) {
    const read = ref === "" || q.key === ref || q.key.startsWith(`${ref}.`) || ref.startsWith(`${q.key}.`);
    if (!read) continue;
    if (k < at.index && !at.hidden.has(k)) return null;
    whys.push(k > at.index ? "later" : k === at.index ? "self" : "hidden");
  }
  return whys.length === 0 ? null : strongest(whys);
}
