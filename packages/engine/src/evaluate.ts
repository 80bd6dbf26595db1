import type { Rule } from "./bundle";
import { engineOperators } from "./engine-operators";
import { ruleEvaluator } from "./json-logic/compile";
import { evaluateInterpreted as interpret, type OperatorTable } from "./json-logic/evaluate";

/** Compiled once, used by everything that evaluates a rule (determine, interview, print, lint…). */
const evaluateEngineRule = ruleEvaluator(engineOperators);

/** Tables with extra operators, one per `ops` object, so rules compiled for them are reused. */
const extendedTables = new WeakMap<OperatorTable, OperatorTable>();

function withEngine(ops: OperatorTable): OperatorTable {
  let table = extendedTables.get(ops);
  if (!table) {
    table = Object.freeze({ ...engineOperators, ...ops });
    extendedTables.set(ops, table);
  }
  return table;
}

/**
 * Evaluates a rule of our rule language: JSON Logic plus the engine operators (ageLegal,
 * schoolGrade, wareki, …). `ops` adds or overrides operators. Throws JsonLogicError. The rule is
 * compiled on first use and the compiled form kept while the rule object lives: do not change a
 * rule object after evaluating it (bundles never are).
 */
export function evaluate(rule: Rule | unknown, data: unknown, ops?: OperatorTable): unknown {
  return ops ? ruleEvaluator(withEngine(ops))(rule, data) : evaluateEngineRule(rule, data);
}

/** The same by walking the rule each time: the reference the compiled evaluator is tested against. */
export function evaluateInterpreted(rule: Rule | unknown, data: unknown, ops?: OperatorTable): unknown {
  return interpret(rule, data, ops ? withEngine(ops) : engineOperators);
}
