import type { Rule } from "../bundle";
import { isPlainObject } from "./coerce";
import { compileList, fail } from "./compiled/args";
import { compilerOf } from "./compiled/registry";
import { stackOf } from "./compiled/scope";
import type { Compile, Run } from "./compiled/types";
import { JsonLogicError } from "./errors";
import { makeEvaluation, type OperatorTable, soleKey, withStandard } from "./evaluate";
import { standardOperators } from "./operators";

/**
 * The compiled evaluator. A rule is turned once into a tree of closures, one per node, each holding
 * its compiled arguments: at run time nothing looks up operator names, counts keys or splits paths.
 * No eval and no new Function (the apps run under a strict script CSP). It gives exactly what the
 * interpreter (evaluateInterpreted) gives, errors included; a property test compares the two.
 */

/** Evaluates `rule` against `data`; the rule is compiled on first use and kept while it lives. */
export type RuleEvaluator = (rule: Rule | unknown, data: unknown) => unknown;

const evaluators = new WeakMap<OperatorTable, RuleEvaluator>();

/** The evaluator for the standard operators plus `ops`: one per table, so each keeps its compiled rules. */
export function ruleEvaluator(ops?: OperatorTable): RuleEvaluator {
  const table = ops ? withStandard(ops) : standardOperators;
  let evaluator = evaluators.get(table);
  if (!evaluator) {
    evaluator = cachingEvaluator(table);
    evaluators.set(table, evaluator);
  }
  return evaluator;
}

/**
 * Same as evaluateInterpreted, compiled. Throws JsonLogicError. A rule object must not be changed
 * after its first evaluation (bundles are immutable): the compiled form is cached by the object.
 */
export function evaluate(rule: Rule | unknown, data: unknown, ops?: OperatorTable): unknown {
  return ruleEvaluator(ops)(rule, data);
}

/** Compiled rules keyed by the rule object: a WeakMap, so a bundle that is dropped drops them too. */
function cachingEvaluator(table: OperatorTable): RuleEvaluator {
  const compiled = new WeakMap<object, Run>();
  const compile: Compile = (rule) => compileNode(rule, table, compile);
  return (rule, data) => {
    // A literal is its own value; only objects and arrays need compiling (and can be WeakMap keys).
    if (typeof rule !== "object" || rule === null) return rule;
    let run = compiled.get(rule);
    if (!run) {
      run = compile(rule);
      compiled.set(rule, run);
    }
    return run(data, null);
  };
}

function compileNode(rule: unknown, table: OperatorTable, compile: Compile): Run {
  if (Array.isArray(rule)) return compileList(rule, compile);
  if (!isPlainObject(rule)) return () => rule;
  const name = soleKey(rule);
  // An empty object is a value, not an operation.
  if (name === null) return () => rule;
  if (name === undefined) {
    const keys = Object.keys(rule).join(", ");
    return fail(
      () => new JsonLogicError("Unknown Operator", undefined, `JSON Logic: 演算子が特定できません (${keys})`),
    );
  }
  const op = Object.hasOwn(table, name) ? table[name] : undefined;
  if (!op) {
    return fail(
      () => new JsonLogicError("Unknown Operator", undefined, `JSON Logic: 未知の演算子「${name}」`),
    );
  }
  const raw = rule[name];
  const compiler = compilerOf(op);
  if (compiler) return compiler(raw, compile);
  // An operator we cannot see into gets the interpreter's view of the scopes, as it always had.
  return (data, outer) => op(raw, makeEvaluation(stackOf(data, outer), table));
}
