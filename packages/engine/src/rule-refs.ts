import { isPlainObject } from "./json-logic/coerce";

/** Operators whose later arguments run with another data (the item, { current, accumulator }). */
const ITERATORS = new Set(["map", "filter", "reduce", "all", "some", "none"]);

/** Operators that read the data by a path given in their arguments. */
export const DATA_ACCESS = new Set(["var", "val", "exists", "missing", "missing_some"]);

export interface RuleRefs {
  /** Every operator name used. */
  operators: string[];
  /** Data paths read with a literal var/val at the rule's own level (not inside iterator bodies). */
  paths: string[];
  /** Loose equality against a string literal: a NaN error when the other side is unanswered. */
  looseStringEquality: boolean;
  /**
   * It reads data that `paths` does not name: a path built at run time, the whole data, exists or
   * missing, or a val climbing out of an iterator body.
   */
  opaque: boolean;
}

/** What a rule reads and uses, for lint: operator names and the answer paths it refers to. */
export function ruleRefs(rule: unknown): RuleRefs {
  const refs: RuleRefs = { operators: [], paths: [], looseStringEquality: false, opaque: false };
  walk(rule, true, refs);
  return refs;
}

function walk(rule: unknown, topLevel: boolean, refs: RuleRefs): void {
  if (Array.isArray(rule)) {
    for (const item of rule) walk(item, topLevel, refs);
    return;
  }
  if (!isPlainObject(rule)) return;
  const [name, ...more] = Object.keys(rule);
  if (more.length > 0) refs.opaque = true; // not an operation: fails when it runs
  if (name === undefined || more.length > 0) return;
  const args = rule[name];
  refs.operators.push(name);
  if (name === "preserve") return;
  if (topLevel && DATA_ACCESS.has(name)) {
    const path = name === "var" || name === "val" ? literalPath(name, args) : null;
    if (path !== null) refs.paths.push(path);
    else refs.opaque = true;
  } else if (name === "val" && (!isLiteral(args) || (Array.isArray(args) && Array.isArray(args[0])))) {
    refs.opaque = true; // in an iterator body: may climb out to the root data
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

function isLiteral(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(isLiteral);
  return !isPlainObject(value);
}
