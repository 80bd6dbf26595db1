import { lazyArgs } from "../args";
import { compareLoose } from "../coerce";
import type { Evaluation, Operator } from "../evaluate";

/**
 * Comparisons chain over consecutive pairs (`{"<": [a, b, c]}` is a < b < c) and stop at the first
 * pair that fails, without evaluating the rest.
 */
function chained(name: string, holds: (a: unknown, b: unknown) => boolean): Operator {
  return (raw: unknown, ev: Evaluation) => {
    const args = lazyArgs(raw, name, 2);
    let left = ev.run(args[0]);
    for (let i = 1; i < args.length; i++) {
      const right = ev.run(args[i]);
      if (!holds(left, right)) return false;
      left = right;
    }
    return true;
  };
}

export const comparisonOperators: Record<string, Operator> = {
  "==": chained("==", (a, b) => compareLoose(a, b) === 0),
  "!=": chained("!=", (a, b) => compareLoose(a, b) !== 0),
  "===": chained("===", (a, b) => a === b),
  "!==": chained("!==", (a, b) => a !== b),
  "<": chained("<", (a, b) => compareLoose(a, b) < 0),
  "<=": chained("<=", (a, b) => compareLoose(a, b) <= 0),
  ">": chained(">", (a, b) => compareLoose(a, b) > 0),
  ">=": chained(">=", (a, b) => compareLoose(a, b) >= 0),
};
