import { eagerCompute } from "../eager";
import type { Operator } from "../evaluate";
import { standardOperators } from "../operators";
import { arrayCompilers } from "./arrays";
import { comparisonCompilers } from "./comparison";
import { controlCompilers } from "./control";
import { dataCompilers } from "./data";
import { eagerCompiler, eagerForm } from "./eager";
import type { Compiler } from "./types";

/**
 * Compilers keyed by the operator function they replace, not by name: a table that overrides "+"
 * with its own function gets its own "+" (run through the interpreter), never our compiled one.
 */
const byOperator = new Map<Operator, Compiler>();
const standardCompilers = {
  ...dataCompilers,
  ...controlCompilers,
  ...comparisonCompilers,
  ...arrayCompilers,
};
for (const [name, compiler] of Object.entries(standardCompilers)) {
  const op = standardOperators[name];
  if (op) byOperator.set(op, compiler);
}

/** Compilers derived for eager operators, kept per operator (weakly: tables may come and go). */
const derived = new WeakMap<Operator, Compiler>();

/** How to compile `op`; undefined for an operator that can only be interpreted (one passed in `ops`). */
export function compilerOf(op: Operator): Compiler | undefined {
  const compiler = byOperator.get(op) ?? derived.get(op);
  if (compiler) return compiler;
  const compute = eagerCompute(op);
  if (!compute) return undefined;
  const made = eagerForm(op, eagerCompiler(compute));
  derived.set(op, made);
  return made;
}
