import { isPlainObject } from "../coerce";
import { soleKey } from "../evaluate";
import type { Compile, ListRun, Run } from "./types";

/** A Run that throws a fresh error each time it runs (the interpreter makes one per failure). */
export function fail(error: () => Error): Run {
  return () => {
    throw error();
  };
}

/** Whether `rule` holds no operation, so its value never depends on the data and never throws. */
export function isLiteral(rule: unknown): boolean {
  if (Array.isArray(rule)) return rule.every(isLiteral);
  return !isPlainObject(rule) || soleKey(rule) === null;
}

/** Evaluates each item of a literal argument array into a fresh array, like `raw.map(run)`. */
export function compileList(raw: readonly unknown[], compile: Compile): ListRun {
  // A sparse array (only possible from code, never from JSON) keeps its holes, as map does.
  if (!isDense(raw)) {
    const sparse = raw.map(compile);
    return (data, outer) => sparse.map((run) => run(data, outer));
  }
  // Flat literals (numbers, strings, {}) are returned as they are: a shallow copy is the same value.
  if (raw.every((item) => !Array.isArray(item) && isLiteral(item))) return () => raw.slice();
  const items = raw.map(compile);
  const [a, b, c] = items;
  if (items.length === 1 && a) return (data, outer) => [a(data, outer)];
  if (items.length === 2 && a && b) return (data, outer) => [a(data, outer), b(data, outer)];
  if (items.length === 3 && a && b && c) {
    return (data, outer) => [a(data, outer), b(data, outer), c(data, outer)];
  }
  return (data, outer) => {
    const out: unknown[] = [];
    for (const run of items) out.push(run(data, outer));
    return out;
  };
}

export function isDense(list: readonly unknown[]): boolean {
  for (let i = 0; i < list.length; i++) if (!(i in list)) return false;
  return true;
}

/**
 * evalArgs, compiled: a literal array lists the arguments; a single expression that yields an array
 * spreads into the list (that same array, as the interpreter passes it); anything else is one argument.
 */
export function compileArgs(raw: unknown, compile: Compile): ListRun {
  if (Array.isArray(raw)) return compileList(raw, compile);
  const one = compile(raw);
  return (data, outer) => {
    const value = one(data, outer);
    return Array.isArray(value) ? value : [value];
  };
}

/**
 * A literal evaluated once, for a consumer that never hands it out nor changes it (a positional
 * operator, a comparison); anything else compiled.
 */
export function compileShared(rule: unknown, compile: Compile): Run {
  if (!isLiteral(rule)) return compile(rule);
  const value = compile(rule)(undefined, null);
  return () => value;
}

/** unaryArg, compiled: `{"!": x}` and `{"!": [x]}` mean the same; further items are never run. */
export function compileUnary(raw: unknown, compile: Compile): Run {
  return compile(Array.isArray(raw) ? raw[0] : raw);
}

/** The arguments of a lazy operator, compiled; null when they are not a literal array this long. */
export function compileLazy(raw: unknown, compile: Compile, minLength = 0): Run[] | null {
  if (!Array.isArray(raw) || raw.length < minLength) return null;
  // Array.from visits holes as undefined, which is what the interpreter's raw[i] reads there.
  return Array.from(raw, (item) => compile(item));
}
