import { evalArgs } from "./args";
import type { Operator } from "./evaluate";

/** What an eager operator does with its evaluated arguments (and the current data, for missing/exists). */
export type EagerCompute = (args: unknown[], data: unknown) => unknown;

/** The compute function of each eager operator: the compiler calls it with compiled arguments. */
const computes = new WeakMap<Operator, EagerCompute>();

/**
 * An operator that evaluates all its arguments first (evalArgs) and then computes. Defining one this
 * way is all the compiler needs: it evaluates the same arguments with closures and calls `compute`,
 * so the interpreter and the compiled rule cannot disagree about what the operator does.
 */
export function eagerOperator(compute: EagerCompute): Operator {
  const op: Operator = (raw, ev) => compute(evalArgs(raw, ev), ev.data);
  computes.set(op, compute);
  return op;
}

export function eagerCompute(op: Operator): EagerCompute | undefined {
  return computes.get(op);
}

/** An operator of at most three arguments, computed from them one by one. */
export type Positional = (a: unknown, b: unknown, c: unknown) => unknown;

export interface PositionalForm {
  arity: 1 | 2 | 3;
  compute: Positional;
}

const positionals = new WeakMap<Operator, PositionalForm>();

/**
 * An eager operator of at most `arity` arguments whose result never is, nor holds, one of its
 * arguments, and that never changes one (ages, dates, `in`). The compiler then calls `compute`
 * without building an argument list, and evaluates a literal argument (`["tennyu", "tenkyo"]`)
 * once for all calls: nobody can tell it is the same array each time.
 */
export function positionalOperator(arity: PositionalForm["arity"], compute: Positional): Operator {
  const op = eagerOperator((args) => compute(args[0], args[1], args[2]));
  positionals.set(op, { arity, compute });
  return op;
}

export function positionalForm(op: Operator): PositionalForm | undefined {
  return positionals.get(op);
}

/** A variadic operator that folds its arguments: `finish(args.reduce(step, initial))`. */
export interface FoldForm {
  initial: number;
  step: (total: number, value: unknown) => number;
  finish: (total: number) => unknown;
}

const folds = new WeakMap<Operator, FoldForm>();

/**
 * `+` and `*`: the compiler evaluates a short literal argument list into locals and folds them,
 * without building the list (every argument is still evaluated before the first is converted).
 */
export function foldOperator(form: FoldForm): Operator {
  const op = eagerOperator((args) => form.finish(args.reduce(form.step, form.initial)));
  folds.set(op, form);
  return op;
}

export function foldForm(op: Operator): FoldForm | undefined {
  return folds.get(op);
}
