import { type EagerCompute, type FoldForm, foldForm, type PositionalForm, positionalForm } from "../eager";
import type { Operator } from "../evaluate";
import { compileArgs, compileShared, isDense } from "./args";
import type { Compiler, Run } from "./types";

/** An eager operator compiles to its compiled arguments and the operator's own compute. */
export function eagerCompiler(compute: EagerCompute): Compiler {
  return (raw, compile) => {
    const args = compileArgs(raw, compile);
    return (data, outer) => compute(args(data, outer), data);
  };
}

/**
 * A positional operator written with a literal list of at most `arity` arguments is called with them
 * directly (no list built); any other way of writing it is compiled as the eager operator it also is.
 */
function positionalCompiler({ arity, compute }: PositionalForm, eager: Compiler): Compiler {
  return (raw, compile) => {
    if (!Array.isArray(raw) || raw.length > arity || !isDense(raw)) return eager(raw, compile);
    const none: Run = () => undefined;
    const [a = none, b = none, c = none] = raw.map((arg) => compileShared(arg, compile));
    if (arity === 1) return (data, outer) => compute(a(data, outer), undefined, undefined);
    if (arity === 2) return (data, outer) => compute(a(data, outer), b(data, outer), undefined);
    return (data, outer) => compute(a(data, outer), b(data, outer), c(data, outer));
  };
}

/** A fold written with a literal list of one to three arguments: evaluated into locals, then folded. */
function foldCompiler({ initial, step, finish }: FoldForm, eager: Compiler): Compiler {
  return (raw, compile) => {
    if (!Array.isArray(raw) || raw.length === 0 || raw.length > 3 || !isDense(raw))
      return eager(raw, compile);
    const [a, b, c] = raw.map((arg) => compile(arg));
    if (a && b && c) {
      return (data, outer) => {
        const x = a(data, outer);
        const y = b(data, outer);
        const z = c(data, outer);
        return finish(step(step(step(initial, x), y), z));
      };
    }
    if (a && b) {
      return (data, outer) => {
        const x = a(data, outer);
        const y = b(data, outer);
        return finish(step(step(initial, x), y));
      };
    }
    return a ? (data, outer) => finish(step(initial, a(data, outer))) : eager(raw, compile);
  };
}

/** The quickest form an eager operator declares (positional, fold), else the plain eager one. */
export function eagerForm(op: Operator, eager: Compiler): Compiler {
  const positional = positionalForm(op);
  if (positional) return positionalCompiler(positional, eager);
  const fold = foldForm(op);
  return fold ? foldCompiler(fold, eager) : eager;
}
