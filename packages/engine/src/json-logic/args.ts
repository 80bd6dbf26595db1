import { invalidArguments } from "./errors";
import type { Evaluation } from "./evaluate";

/**
 * Arguments of an eager operator, evaluated. A literal array lists them; a single expression that
 * yields an array spreads into the list (chaining: `{"max": {"val": "xs"}}`); anything else is one arg.
 */
export function evalArgs(raw: unknown, ev: Evaluation): unknown[] {
  if (Array.isArray(raw)) return raw.map((arg) => ev.run(arg));
  const value = ev.run(raw);
  return Array.isArray(value) ? value : [value];
}

/** Arguments of a lazy operator, unevaluated. They must be written as a literal array. */
export function lazyArgs(raw: unknown, operator: string, minLength = 0): unknown[] {
  if (!Array.isArray(raw) || raw.length < minLength) throw invalidArguments(operator);
  return raw;
}

/** The one argument of a unary operator: `{"!": x}` and `{"!": [x]}` mean the same. */
export function unaryArg(raw: unknown, ev: Evaluation): unknown {
  return Array.isArray(raw) ? ev.run(raw[0]) : ev.run(raw);
}
