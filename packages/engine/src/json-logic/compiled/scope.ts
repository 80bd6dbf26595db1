import type { Outer } from "./types";

/**
 * The scopes an iterator body sees for one item: { index }, then the data the iterator ran on. The
 * { index } object is made only when something reads it (a `val` climbing to it, an interpreted
 * operator), and then once, so it is the same object for the whole body as in the interpreter.
 */
class ItemScope implements Outer {
  readonly up: Outer;
  private readonly index: number;
  private meta: { index: number } | undefined;

  constructor(up: Outer, index: number) {
    this.up = up;
    this.index = index;
  }

  get data(): { index: number } {
    this.meta ??= { index: this.index };
    return this.meta;
  }
}

export function itemScope(here: Outer, index: number): Outer {
  return new ItemScope(here, index);
}

/**
 * The data `levels` scopes up, as the interpreter's stack[length - 1 - levels]: undefined past the
 * root, and for a level that is no array index (NaN, 1.5).
 */
export function scopeAt(data: unknown, outer: Outer | null, levels: number): unknown {
  if (levels === 0) return data;
  if (!Number.isInteger(levels)) return undefined;
  let frame = outer;
  for (let i = 1; i < levels && frame !== null; i++) frame = frame.up;
  return frame === null ? undefined : frame.data;
}

/** The interpreter's stack (root first) for these scopes: what an uncompiled operator is given. */
export function stackOf(data: unknown, outer: Outer | null): unknown[] {
  const stack = [data];
  for (let frame = outer; frame !== null; frame = frame.up) stack.push(frame.data);
  return stack.reverse();
}
