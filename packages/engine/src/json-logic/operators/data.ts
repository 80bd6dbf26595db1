import { evalArgs } from "../args";
import { isPlainObject } from "../coerce";
import { eagerOperator } from "../eager";
import type { Evaluation, Operator } from "../evaluate";

/** What lookup returns for a path that leads nowhere (undefined is a value an own property can hold). */
export const NOT_FOUND: unique symbol = Symbol("not found");

/** Walks path segments through objects and arrays (own properties only); NOT_FOUND when absent. */
function lookup(root: unknown, segments: readonly unknown[]): unknown {
  let current = root;
  for (const segment of segments) {
    const key = typeof segment === "number" ? String(segment) : segment;
    if (typeof key !== "string") return NOT_FOUND;
    if (!(Array.isArray(current) || isPlainObject(current)) || !Object.hasOwn(current, key)) {
      return NOT_FOUND;
    }
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Classic `var` path: "a.b.0", a number, or ""/null for the whole data. */
export function varSegments(path: unknown): readonly unknown[] {
  if (path === null || path === undefined || path === "") return [];
  if (typeof path === "number") return [path];
  const text = String(path);
  let segments = splitPaths.get(text);
  if (!segments) {
    // Rules name a bounded set of paths; the cap only guards against paths computed from data.
    if (splitPaths.size >= 10_000) splitPaths.clear();
    segments = Object.freeze(text.split("."));
    splitPaths.set(text, segments);
  }
  return segments;
}

/** Split `var` paths, shared across evaluations: splitting the same strings was a hot spot. */
const splitPaths = new Map<string, readonly string[]>();

/** The `var` result: the value at `path` in `data`, else the fallback, else null. */
export function varValue(data: unknown, path: unknown, fallback: unknown): unknown {
  const value = readVar(data, path);
  if (value === undefined || value === null) return fallback === undefined ? null : fallback;
  return value;
}

function readVar(data: unknown, path: unknown): unknown {
  const found = lookup(data, varSegments(path));
  return found === NOT_FOUND ? undefined : found;
}

/** Where a `val` reads: `levels` scopes up (0 = the current data), then along `segments`. */
export interface ValPath {
  levels: number;
  segments: readonly unknown[];
}

/** `{"val": [[n], "a", "b"]}` climbs n scopes up (sign ignored) before walking "a", "b". */
export function valPath(args: unknown[]): ValPath {
  const [first, ...rest] = args;
  if (!Array.isArray(first)) return { levels: 0, segments: args };
  return { levels: Math.abs(Number(first[0] ?? 0)), segments: rest };
}

/** The `val` result read from `base` (the scope valPath chose): null when absent. */
export function valValue(base: unknown, segments: readonly unknown[]): unknown {
  const found = lookup(base, segments);
  return found === NOT_FOUND || found === undefined ? null : found;
}

/** The interpreter's scope `levels` up: undefined past the root or for a level that is no index. */
function scopeAt(ev: Evaluation, levels: number): unknown {
  return levels === 0 ? ev.data : ev.stack[ev.stack.length - 1 - levels];
}

function val(raw: unknown, ev: Evaluation): unknown {
  const { levels, segments } = valPath(evalArgs(raw, ev));
  return valValue(scopeAt(ev, levels), segments);
}

function isMissing(data: unknown, path: unknown): boolean {
  const value = readVar(data, path);
  return value === undefined || value === null || value === "";
}

export const dataOperators: Record<string, Operator> = {
  var: (raw, ev) => {
    // The common `{"var": "a.b"}`: a literal path needs no argument list.
    if (typeof raw === "string") return varValue(ev.data, raw, undefined);
    const [path, fallback] = evalArgs(raw, ev);
    return varValue(ev.data, path, fallback);
  },
  val,
  exists: eagerOperator((args, data) => lookup(data, args) !== NOT_FOUND),
  missing: eagerOperator((args, data) => {
    const keys = Array.isArray(args[0]) ? args[0] : args;
    return keys.filter((key) => isMissing(data, key));
  }),
  missing_some: eagerOperator(([need, keys], data) => {
    const list = Array.isArray(keys) ? keys : [];
    const missing = list.filter((key) => isMissing(data, key));
    return list.length - missing.length >= Number(need) ? [] : missing;
  }),
};
