import type { Bundle } from "./bundle";
import { isPlainObject } from "./json-logic/coerce";

/** Operators that read the data by a path given in their arguments. */
const DATA_ACCESS = new Set(["var", "val", "exists", "missing", "missing_some"]);

export interface ContextReads {
  /** Every name the reference date and computed values could read (dotted strings split). */
  names: ReadonlySet<string>;
  /** A path is computed at run time: any answer may matter. */
  opaque: boolean;
}

/**
 * What the rule context (reference date, computed values) could read, found statically so the
 * interview can tell that dropping a hidden answer leaves the computed values as they are. Rules
 * read data only by path through the data-access operators, and dropping a leaf keeps the objects
 * above it, so an answer whose key appears in no string of these rules cannot change them.
 * Conservative: any string counts, and a path built at run time makes every answer count. Not
 * cached per bundle object: an editor may change a draft in place, and the walk takes microseconds.
 */
export function contextReads(bundle: Bundle): ContextReads {
  const names = new Set<string>();
  const state = { opaque: false };
  collect(bundle.flow.referenceDate, names, state);
  for (const computed of bundle.computed) collect(computed.expr, names, state);
  return { names, opaque: state.opaque };
}

function collect(rule: unknown, names: Set<string>, state: { opaque: boolean }): void {
  if (typeof rule === "string") {
    for (const name of rule.split(".")) names.add(name);
    return;
  }
  if (Array.isArray(rule)) {
    for (const item of rule) collect(item, names, state);
    return;
  }
  if (!isPlainObject(rule)) return;
  for (const [operator, args] of Object.entries(rule)) {
    if (DATA_ACCESS.has(operator) && !isLiteral(args)) state.opaque = true;
    collect(args, names, state);
  }
}

function isLiteral(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(isLiteral);
  return !isPlainObject(value);
}
