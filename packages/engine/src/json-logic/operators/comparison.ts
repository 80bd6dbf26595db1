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

/** Whether one pair holds, per comparison (shared with the compiled comparisons). */
export const pairTests: Record<string, (a: unknown, b: unknown) => boolean> = {
  "==": (a, b) => compareLoose(a, b) === 0,
  "!=": (a, b) => compareLoose(a, b) !== 0,
  "===": (a, b) => a === b,
  "!==": (a, b) => a !== b,
  "<": (a, b) => compareLoose(a, b) < 0,
  "<=": (a, b) => compareLoose(a, b) <= 0,
  ">": (a, b) => compareLoose(a, b) > 0,
  ">=": (a, b) => compareLoose(a, b) >= 0,
};

export const comparisonOperators: Record<string, Operator> = Object.fromEntries(
  Object.entries(pairTests).map(([name, holds]) => [name, chained(name, holds)]),
);
