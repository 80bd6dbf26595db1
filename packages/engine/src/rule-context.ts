import type { Answers, Bundle, Rule } from "./bundle";
import { isIsoDate } from "./dates";
import { EngineError } from "./errors";
import { evaluate } from "./evaluate";
import { truthy } from "./json-logic/coerce";
import { JsonLogicError } from "./json-logic/errors";

/**
 * What rules see: the answers, the computed values ({ key, expr } in bundle order, each able to
 * use the ones before it) and `on`, the reference date (異動日…), or null while it is unanswered.
 */
export interface RuleContext {
  data: Record<string, unknown>;
  on: string | null;
}

export function ruleContext(bundle: Bundle, answers: Answers): RuleContext {
  const referenceDate = runRule(bundle.flow.referenceDate, answers, "flow.referenceDate");
  const on = isIsoDate(referenceDate) ? referenceDate : null;
  const data: Record<string, unknown> = { ...answers, on };
  for (const [i, computed] of bundle.computed.entries()) {
    data[computed.key] = runRule(computed.expr, data, `computed[${i}] (${computed.key})`);
  }
  return { data, on };
}

/** The data an item question or a per-member rule sees. */
export function memberData(
  context: RuleContext,
  member: unknown,
  memberIndex: number,
): Record<string, unknown> {
  return { ...context.data, member, memberIndex };
}

/** Evaluates a rule; a broken rule is reported with where it lives, never silently taken as false. */
export function runRule(rule: Rule | undefined, data: unknown, where: string): unknown {
  try {
    return evaluate(rule, data);
  } catch (error) {
    if (error instanceof JsonLogicError) {
      throw new EngineError("RULE_FAILED", `${where} の条件を評価できません (${error.type})`, {
        where,
        type: error.type,
      });
    }
    throw error;
  }
}

export function ruleHolds(rule: Rule | undefined, data: unknown, where: string): boolean {
  return rule === undefined ? true : truthy(runRule(rule, data, where));
}
