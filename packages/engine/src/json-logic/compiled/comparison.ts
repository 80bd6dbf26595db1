import { invalidArguments } from "../errors";
import { pairTests } from "../operators/comparison";
import { compileLazy, compileShared, fail } from "./args";
import type { Compile, Compiler, Run } from "./types";

/** Chained comparison over consecutive pairs, stopping at the first pair that fails. */
function chained(name: string, holds: (a: unknown, b: unknown) => boolean): Compiler {
  return (raw, compile) => {
    if (!Array.isArray(raw) || raw.length < 2) return fail(() => invalidArguments(name));
    // Two operands is nearly every comparison a bundle holds.
    if (raw.length === 2) return pair(name, holds, raw[0], raw[1], compile);
    const parts = compileLazy(raw, compile, 2) ?? [];
    return (data, outer) => {
      let left = parts[0]?.(data, outer);
      for (let i = 1; i < parts.length; i++) {
        const right = parts[i]?.(data, outer);
        if (!holds(left, right)) return false;
        left = right;
      }
      return true;
    };
  };
}

/**
 * One comparison of two operands. A literal operand (`"tennyu"`, `65`) is a value, not a call, and
 * strict (in)equality is written out: these two shapes are most of the nodes of a real bundle.
 */
function pair(
  name: string,
  holds: (a: unknown, b: unknown) => boolean,
  x: unknown,
  y: unknown,
  compile: Compile,
): Run {
  const left = compileShared(x, compile);
  const right = compileShared(y, compile);
  if (isPrimitive(y)) {
    if (name === "===") return (data, outer) => left(data, outer) === y;
    if (name === "!==") return (data, outer) => left(data, outer) !== y;
    return (data, outer) => holds(left(data, outer), y);
  }
  if (name === "===") return (data, outer) => left(data, outer) === right(data, outer);
  if (name === "!==") return (data, outer) => left(data, outer) !== right(data, outer);
  return (data, outer) => holds(left(data, outer), right(data, outer));
}

/** A value that is its own rule: not an object (an operation, a list), nor undefined (a hole). */
function isPrimitive(value: unknown): boolean {
  return value === null || (typeof value !== "object" && typeof value !== "function" && value !== undefined);
}

export const comparisonCompilers: Record<string, Compiler> = Object.fromEntries(
  Object.entries(pairTests).map(([name, holds]) => [name, chained(name, holds)]),
);
