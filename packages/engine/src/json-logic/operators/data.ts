import { evalArgs } from "../args";
import { isPlainObject } from "../coerce";
import type { Evaluation, Operator } from "../evaluate";

/** What lookup returns for a path that leads nowhere (undefined is a value an own property can hold). */
const NOT_FOUND: unique symbol = Symbol("not found");

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
function varSegments(path: unknown): readonly unknown[] {
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

function varValue(ev: Evaluation, path: unknown, fallback: unknown): unknown {
  const value = readVar(ev, path);
  if (value === undefined || value === null) return fallback === undefined ? null : fallback;
  return value;
}

function readVar(ev: Evaluation, path: unknown): unknown {
  const found = lookup(ev.data, varSegments(path));
  return found === NOT_FOUND ? undefined : found;
}

/** `{"val": [[n], "a", "b"]}` climbs n scopes up (sign ignored) before walking "a", "b". */
function val(raw: unknown, ev: Evaluation): unknown {
  const args = evalArgs(raw, ev);
  const [first, ...rest] = args;
  let base = ev.data;
  let segments: unknown[] = args;
  if (Array.isArray(first)) {
    const levels = Math.abs(Number(first[0] ?? 0));
    base = ev.stack[ev.stack.length - 1 - levels];
    segments = rest;
  }
  const found = lookup(base, segments);
  return found === NOT_FOUND || found === undefined ? null : found;
}

function isMissing(ev: Evaluation, path: unknown): boolean {
  const value = readVar(ev, path);
  return value === undefined || value === null || value === "";
}

export const dataOperators: Record<string, Operator> = {
  var: (raw, ev) => {
    // The common `{"var": "a.b"}`: a literal path needs no argument list.
    if (typeof raw === "string") return varValue(ev, raw, undefined);
    const [path, fallback] = evalArgs(raw, ev);
    return varValue(ev, path, fallback);
  },
  val,
  exists: (raw, ev) => lookup(ev.data, evalArgs(raw, ev)) !== NOT_FOUND,
  missing: (raw, ev) => {
    const args = evalArgs(raw, ev);
    const keys = Array.isArray(args[0]) ? args[0] : args;
    return keys.filter((key) => isMissing(ev, key));
  },
  missing_some: (raw, ev) => {
    const [need, keys] = evalArgs(raw, ev);
    const list = Array.isArray(keys) ? keys : [];
    const missing = list.filter((key) => isMissing(ev, key));
    return list.length - missing.length >= Number(need) ? [] : missing;
  },
};
