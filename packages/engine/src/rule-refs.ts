import { isPlainObject } from "./json-logic/coerce";

/** Operators whose later arguments run with another data (the item, { current, accumulator }). */
const ITERATORS = new Set(["map", "filter", "reduce", "all", "some", "none"]);

export interface RuleRefs {
  /** Every operator name used. */
  operators: string[];
  /** Data paths read with a literal var/val at the rule's own level (not inside iterator bodies). */
  paths: string[];
  /** Loose equality against a string literal: a NaN error when the other side is unanswered. */
  looseStringEquality: boolean;
}

/** What a rule reads and uses, for lint: operator names and the answer paths it refers to. */
export function ruleRefs(rule: unknown): RuleRefs {
  const refs: RuleRefs = { operators: [], paths: [], looseStringEquality: false };
  walk(rule, true, refs);
  return refs;
}

function walk(rule: unknown, topLevel: boolean, refs: RuleRefs): void {
  if (Array.isArray(rule)) {
    for (const item of rule) walk(item, topLevel, refs);
    return;
  }
  if (!isPlainObject(rule)) return;
  const [name] = Object.keys(rule);
  if (name === undefined || Object.keys(rule).length !== 1) return;
  const args = rule[name];
  refs.operators.push(name);
  if (name === "preserve") return;
  if (topLevel && (name === "var" || name === "val")) {
    const path = literalPath(name, args);
    if (path !== null) refs.paths.push(path);
  }
  if ((name === "==" || name === "!=") && Array.isArray(args) && args.some((a) => typeof a === "string")) {
    refs.looseStringEquality = true;
  }
  if (ITERATORS.has(name) && Array.isArray(args)) {
    walk(args[0], topLevel, refs);
    for (const body of args.slice(1)) walk(body, false, refs);
    return;
  }
  walk(args, topLevel, refs);
}

/** "a.b" for {"var": "a.b"} or {"val": ["a", "b"]}; null for computed or climbing paths. */
function literalPath(name: string, args: unknown): string | null {
  const list = Array.isArray(args) ? args : [args];
  if (name === "var") {
    const [path] = list;
    return typeof path === "string" && path !== "" ? path : null;
  }
  if (list.length === 0 || !list.every((s) => typeof s === "string" || typeof s === "number")) return null;
  return list.join(".");
}
