import type { Rule } from "../bundle";
import { isPlainObject } from "./coerce";
import { JsonLogicError } from "./errors";
import { standardOperators } from "./operators";

/**
 * One evaluation in progress. `stack` holds the data scopes: the root data first, then for each
 * iterator a metadata frame ({ index }) and the current item, so `{"val": [[2], "x"]}` can climb out.
 */
export interface Evaluation {
  readonly stack: readonly unknown[];
  readonly ops: OperatorTable;
  /** The current data (top of the stack). */
  readonly data: unknown;
  run(rule: unknown): unknown;
  /** Runs `rule` with extra scopes pushed (innermost last). */
  runWith(rule: unknown, ...frames: unknown[]): unknown;
}

/** An operator receives its arguments unevaluated, so it decides what to evaluate and when. */
export type Operator = (args: unknown, ev: Evaluation) => unknown;
export type OperatorTable = Readonly<Record<string, Operator>>;

/**
 * Evaluates a JSON Logic rule (modern semantics: val, exists, try/throw, ??, chained arguments,
 * scopes) against `data`. `ops` adds or overrides operators. Throws JsonLogicError.
 */
export function evaluate(rule: Rule | unknown, data: unknown, ops?: OperatorTable): unknown {
  return makeEvaluation([data], ops ? withStandard(ops) : standardOperators).run(rule);
}

/** Merged tables, cached per extension table: merging ~60 operators on every call dominated the cost. */
const mergedTables = new WeakMap<OperatorTable, OperatorTable>();

function withStandard(ops: OperatorTable): OperatorTable {
  let table = mergedTables.get(ops);
  if (!table) {
    table = Object.freeze({ ...standardOperators, ...ops });
    mergedTables.set(ops, table);
  }
  return table;
}

function makeEvaluation(stack: readonly unknown[], ops: OperatorTable): Evaluation {
  const ev: Evaluation = {
    stack,
    ops,
    data: stack[stack.length - 1],
    run: (rule) => runRule(rule, ev),
    runWith: (rule, ...frames) => makeEvaluation([...stack, ...frames], ops).run(rule),
  };
  return ev;
}

function runRule(rule: unknown, ev: Evaluation): unknown {
  if (Array.isArray(rule)) return rule.map((item) => ev.run(item));
  if (!isPlainObject(rule)) return rule;
  const keys = Object.keys(rule);
  // An empty object is a value, not an operation.
  if (keys.length === 0) return rule;
  const name = keys[0];
  if (keys.length !== 1 || name === undefined) {
    throw new JsonLogicError(
      "Unknown Operator",
      undefined,
      `JSON Logic: 演算子が特定できません (${keys.join(", ")})`,
    );
  }
  const op = Object.hasOwn(ev.ops, name) ? ev.ops[name] : undefined;
  if (!op) throw new JsonLogicError("Unknown Operator", undefined, `JSON Logic: 未知の演算子「${name}」`);
  return op(rule[name], ev);
}
