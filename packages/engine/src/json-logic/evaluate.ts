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
 * scopes) against `data` by walking it. `ops` adds or overrides operators. Throws JsonLogicError.
 * This interpreter is the reference the compiled evaluator (compile.ts) is tested against, and what
 * runs an operator that has no compiled form (one passed in `ops`).
 */
export function evaluateInterpreted(rule: Rule | unknown, data: unknown, ops?: OperatorTable): unknown {
  return makeEvaluation([data], ops ? withStandard(ops) : standardOperators).run(rule);
}

/** Merged tables, cached per extension table: merging ~60 operators on every call dominated the cost. */
const mergedTables = new WeakMap<OperatorTable, OperatorTable>();

/** The standard operators with `ops` added or overriding, one frozen table per `ops`. */
export function withStandard(ops: OperatorTable): OperatorTable {
  let table = mergedTables.get(ops);
  if (!table) {
    table = Object.freeze({ ...standardOperators, ...ops });
    mergedTables.set(ops, table);
  }
  return table;
}

/** An interpreter scope over `stack` (root data first), for an operator called from compiled code. */
export function makeEvaluation(stack: readonly unknown[], ops: OperatorTable): Evaluation {
  return new Scope(stack, ops);
}

/** A class, not an object of closures: one allocation per scope, and iterators make many. */
class Scope implements Evaluation {
  readonly stack: readonly unknown[];
  readonly ops: OperatorTable;
  readonly data: unknown;

  constructor(stack: readonly unknown[], ops: OperatorTable) {
    this.stack = stack;
    this.ops = ops;
    this.data = stack[stack.length - 1];
  }

  run(rule: unknown): unknown {
    return runRule(rule, this);
  }

  runWith(rule: unknown, ...frames: unknown[]): unknown {
    return new Scope([...this.stack, ...frames], this.ops).run(rule);
  }
}

function runRule(rule: unknown, ev: Evaluation): unknown {
  if (Array.isArray(rule)) return rule.map((item) => ev.run(item));
  if (!isPlainObject(rule)) return rule;
  const name = soleKey(rule);
  // An empty object is a value, not an operation.
  if (name === null) return rule;
  if (name === undefined) {
    throw new JsonLogicError(
      "Unknown Operator",
      undefined,
      `JSON Logic: 演算子が特定できません (${Object.keys(rule).join(", ")})`,
    );
  }
  const op = Object.hasOwn(ev.ops, name) ? ev.ops[name] : undefined;
  if (!op) throw new JsonLogicError("Unknown Operator", undefined, `JSON Logic: 未知の演算子「${name}」`);
  return op(rule[name], ev);
}

/** The object's one own key; null when it has none, undefined when it has several (no array made). */
export function soleKey(rule: Record<string, unknown>): string | null | undefined {
  let name: string | null = null;
  for (const key in rule) {
    if (!Object.hasOwn(rule, key)) continue;
    if (name !== null) return undefined;
    name = key;
  }
  return name;
}
