import type { Bundle, Question, Rule } from "./bundle";
import { engineOperators } from "./engine-operators";
import { standardOperators } from "./json-logic/operators";
import { decideRule } from "./lint-constant";
import type { Reporter } from "./lint-report";
import { ruleRefs } from "./rule-refs";

const KNOWN_OPERATORS = new Set([...Object.keys(standardOperators), ...Object.keys(engineOperators)]);

/** A condition whose outcome matters: how bad it is when it never holds, and what is then lost. */
export interface Condition {
  never: "error" | "warning";
  /** この手続きは案内されません */
  lost: string;
}

export const CONDITIONS = {
  procedure: { never: "error", lost: "この手続きは案内されません" },
  form: { never: "error", lost: "この様式は案内されません" },
  item: { never: "warning", lost: "この持ち物は案内されません" },
  deadline: { never: "warning", lost: "この期限は使われません" },
  visible: { never: "warning", lost: "この質問は表示されません" },
  required: { never: "warning", lost: "この質問が必須になることはありません" },
} satisfies Record<string, Condition>;

export type RuleCheck = (
  rule: Rule | undefined,
  path: string,
  group: Question | null,
  condition?: Condition,
) => void;

/**
 * Checks one rule where it lives: known operators, === against strings, references to answers
 * that exist (`group`: the repeating group whose `member` the rule may read), and for a condition
 * whether it always or never holds whatever the answers (see decideRule).
 */
export function ruleChecker(bundle: Bundle, report: Reporter, extraRoots: string[] = []): RuleCheck {
  const { error, warn } = report;
  const roots = answerRoots(bundle, extraRoots);
  return (rule, path, group, condition) => {
    if (rule === undefined) return;
    const refs = ruleRefs(rule);
    for (const op of new Set(refs.operators)) {
      if (!KNOWN_OPERATORS.has(op)) error(path, `未知の演算子「${op}」が使われています`);
    }
    if (refs.looseStringEquality) {
      warn(path, "文字列との比較に == が使われています。未回答のときにエラーになるため === を使ってください");
    }
    for (const ref of new Set(refs.paths)) {
      if (!knownPath(ref, roots, group))
        error(path, `回答「${ref}」を参照していますが、その質問がありません`);
    }
    if (condition) checkDecidable(rule, path, condition, report);
  };
}

function checkDecidable(rule: Rule, path: string, condition: Condition, report: Reporter): void {
  const decision = decideRule(rule);
  if (decision === null) return;
  if (decision.holds === "never") {
    const why = decision.why ? `（${decision.why}になることはありません）` : "";
    const say = condition.never === "error" ? report.error : report.warn;
    say(path, `この条件は常に成り立たない${why}ため、${condition.lost}。条件を見直してください`);
  } else if (rule !== true) {
    report.warn(
      path,
      "この条件は回答によらず常に成り立ちます。常にでよければ true と書き、そうでなければ条件を見直してください",
    );
  }
}

/** Every prefix of every question key, computed values, `on`, and what the caller adds. */
export function answerRoots(bundle: Bundle, extra: string[] = []): Set<string> {
  const roots = new Set<string>(["on", ...extra, ...bundle.computed.map((c) => c.key)]);
  for (const q of bundle.questions) {
    const parts = q.key.split(".");
    for (let n = 1; n <= parts.length; n++) roots.add(parts.slice(0, n).join("."));
  }
  return roots;
}

/** Whether a data path names an answer that exists (`member.x` inside `group`'s items). */
export function knownPath(ref: string, roots: Set<string>, group: Question | null): boolean {
  const [head, second] = ref.split(".");
  if (head === undefined) return true;
  if (group && head === "memberIndex") return true;
  if (group && head === "member")
    return second === undefined || (group.questions ?? []).some((q) => q.key.split(".")[0] === second);
  const parts = ref.split(".");
  // A path into a group item (members.0.name) or an address part (newAddress.city) is fine.
  return parts.some((_p, n) => roots.has(parts.slice(0, n + 1).join(".")));
}
