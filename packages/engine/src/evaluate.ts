import type { Rule } from "./bundle";
import { engineOperators } from "./engine-operators";
import { evaluate as evaluateJsonLogic, type OperatorTable } from "./json-logic/evaluate";

const allOperators: OperatorTable = engineOperators;

/**
 * Evaluates a rule of our rule language: JSON Logic plus the engine operators (ageLegal,
 * schoolGrade, wareki, …). `ops` adds or overrides operators. Throws JsonLogicError.
 */
export function evaluate(rule: Rule | unknown, data: unknown, ops?: OperatorTable): unknown {
  return evaluateJsonLogic(rule, data, ops ? { ...allOperators, ...ops } : allOperators);
}
