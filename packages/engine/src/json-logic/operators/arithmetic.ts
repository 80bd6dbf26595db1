import { finite, toNumber } from "../coerce";
import { eagerOperator, foldOperator } from "../eager";
import { invalidArguments } from "../errors";
import type { Operator } from "../evaluate";

/** -0 is not a JSON value a person expects to see. */
const clean = (n: number): number => (n === 0 ? 0 : n);

/**
 * `-`, `/` and `%` fold the numbers left to right from the first. Every argument is converted first
 * (a NaN anywhere throws before any arithmetic), then the fold, without copying the list.
 */
function fold(name: string, unary: ((n: number) => number) | null, step: (a: number, b: number) => number) {
  return (args: unknown[]): number => {
    const numbers = args.map(toNumber);
    const [first] = numbers;
    if (first === undefined) throw invalidArguments(name);
    if (numbers.length === 1) {
      if (unary === null) throw invalidArguments(name);
      return clean(unary(first));
    }
    let result = first;
    for (let i = 1; i < numbers.length; i++) result = step(result, numbers[i] as number);
    return clean(result);
  };
}

const negate = (n: number) => -n;
const minus = (a: number, b: number) => a - b;
const inverse = (n: number) => finite(1 / n);
const divide = (a: number, b: number) => finite(a / b);
const remainder = (a: number, b: number) => finite(a % b);

export const arithmeticOperators: Record<string, Operator> = {
  "+": foldOperator({ initial: 0, step: (total, v) => total + toNumber(v), finish: clean }),
  "*": foldOperator({ initial: 1, step: (total, v) => total * toNumber(v), finish: clean }),
  "-": eagerOperator(fold("-", negate, minus)),
  "/": eagerOperator(fold("/", inverse, divide)),
  "%": eagerOperator(fold("%", null, remainder)),
  max: eagerOperator((args) => extreme(args, Math.max)),
  min: eagerOperator((args) => extreme(args, Math.min)),
};

function extreme(values: unknown[], pick: (...n: number[]) => number): number | null {
  if (values.length === 0) return null;
  if (!values.every((v) => typeof v === "number")) throw invalidArguments("max/min");
  return pick(...(values as number[]));
}
