import { evalArgs } from "../args";
import { isPlainObject } from "../coerce";
import type { Evaluation, Operator } from "../evaluate";

type Lookup = { found: true; value: unknown } | { found: false };

/** Walks path segments through objects and arrays (own properties only). */
export function lookup(root: unknown, segments: readonly unknown[]): Lookup {
  let current = root;
  for (const segment of segments) {
    const key = typeof segment === "number" ? String(segment) : segment;
    if (typeof key !== "string") return { found: false };
    if (!(Array.isArray(current) || isPlainObject(current)) || !Object.hasOwn(current, key)) {
      return { found: false };
    }
    current = (current as Record<string, unknown>)[key];
  }
  return { found: true, value: current };
}

/** Classic `var` path: "a.b.0", a number, or ""/null for the whole data. */
function varSegments(path: unknown): unknown[] {
  if (path === null || path === undefined || path === "") return [];
  if (typeof path === "number") return [path];
  return String(path).split(".");
}

function readVar(ev: Evaluation, path: unknown): unknown {
  const found = lookup(ev.data, varSegments(path));
  return found.found ? found.value : undefined;
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
  return found.found && found.value !== undefined ? found.value : null;
}

function isMissing(ev: Evaluation, path: unknown): boolean {
  const value = readVar(ev, path);
  return value === undefined || value === null || value === "";
}

export const dataOperators: Record<string, Operator> = {
  var: (raw, ev) => {
    const [path, fallback] = evalArgs(raw, ev);
    const value = readVar(ev, path);
    if (value === undefined || value === null) return fallback === undefined ? null : fallback;
    return value;
  },
  val,
  exists: (raw, ev) => lookup(ev.data, evalArgs(raw, ev)).found,
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
