import { evalArgs } from "../args";
import { finite, toNumber } from "../coerce";
import { invalidArguments } from "../errors";
import type { Operator } from "../evaluate";

/** -0 is not a JSON value a person expects to see. */
const clean = (n: number): number => (n === 0 ? 0 : n);

export const arithmeticOperators: Record<string, Operator> = {
  "+": (raw, ev) => clean(evalArgs(raw, ev).reduce<number>((sum, v) => sum + toNumber(v), 0)),
  "*": (raw, ev) => clean(evalArgs(raw, ev).reduce<number>((product, v) => product * toNumber(v), 1)),
  "-": (raw, ev) => {
    const [first, ...rest] = evalArgs(raw, ev).map(toNumber);
    if (first === undefined) throw invalidArguments("-");
    if (rest.length === 0) return clean(-first);
    return clean(rest.reduce((a, b) => a - b, first));
  },
  "/": (raw, ev) => {
    const [first, ...rest] = evalArgs(raw, ev).map(toNumber);
    if (first === undefined) throw invalidArguments("/");
    if (rest.length === 0) return clean(finite(1 / first));
    return clean(rest.reduce((a, b) => finite(a / b), first));
  },
  "%": (raw, ev) => {
    const [first, ...rest] = evalArgs(raw, ev).map(toNumber);
    if (first === undefined || rest.length === 0) throw invalidArguments("%");
    return clean(rest.reduce((a, b) => finite(a % b), first));
  },
  max: (raw, ev) => extreme(evalArgs(raw, ev), Math.max),
  min: (raw, ev) => extreme(evalArgs(raw, ev), Math.min),
};

function extreme(values: unknown[], pick: (...n: number[]) => number): number | null {
  if (values.length === 0) return null;
  if (!values.every((v) => typeof v === "number")) throw invalidArguments("max/min");
  return pick(...(values as number[]));
}
