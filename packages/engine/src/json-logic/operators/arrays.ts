import { lazyArgs } from "../args";
import { truthy } from "../coerce";
import { eagerOperator } from "../eager";
import { invalidArguments } from "../errors";
import type { Evaluation, Operator } from "../evaluate";

/**
 * The list an iterator walks. A missing list (null from data) is empty for map/filter/reduce, but a
 * literal null written into the rule is a mistake, and all/some/none insist on a real list.
 */
function source(name: string, rawSource: unknown, ev: Evaluation, strict: boolean): unknown[] {
  if (rawSource === null) throw invalidArguments(name);
  return listOf(name, ev.run(rawSource), strict);
}

/** The evaluated source as a list (shared with the compiled iterators). */
export function listOf(name: string, list: unknown, strict: boolean): unknown[] {
  if (Array.isArray(list)) return list;
  if (!strict && (list === null || list === undefined)) return [];
  throw invalidArguments(name);
}

/** Runs `body` for one item: scopes pushed are { index } then the item itself. */
const each = (ev: Evaluation, body: unknown, item: unknown, index: number) =>
  ev.runWith(body, { index }, item);

function mapLike(name: string, collect: (items: unknown[], results: unknown[]) => unknown): Operator {
  return (raw, ev) => {
    const [rawSource, body] = lazyArgs(raw, name, 2);
    if (body === null) throw invalidArguments(name);
    const items = source(name, rawSource, ev, false);
    return collect(
      items,
      items.map((item, index) => each(ev, body, item, index)),
    );
  };
}

function quantifier(
  name: string,
  decide: (items: unknown[], holds: (i: number) => boolean) => boolean,
): Operator {
  return (raw, ev) => {
    const [rawSource, body] = lazyArgs(raw, name, 2);
    const items = source(name, rawSource, ev, true);
    return decide(items, (i) => truthy(each(ev, body, items[i], i)));
  };
}

function reduce(raw: unknown, ev: Evaluation): unknown {
  const [rawSource, body, rawInitial] = lazyArgs(raw, "reduce", 2);
  const items = source("reduce", rawSource, ev, false);
  const hasInitial = Array.isArray(raw) && raw.length > 2;
  let accumulator = hasInitial ? ev.run(rawInitial) : (items[0] ?? null);
  items.forEach((current, index) => {
    if (!hasInitial && index === 0) return;
    accumulator = ev.runWith(body, { index }, { current, accumulator });
  });
  return accumulator;
}

/** args.flatMap((v) => (Array.isArray(v) ? v : [v])), written out: flatMap's callback was most of its cost. */
function merge(args: unknown[]): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < args.length; i++) {
    if (!(i in args)) continue;
    const value = args[i];
    if (!Array.isArray(value)) out.push(value);
    // flatMap skips the holes of a list it flattens too.
    else for (let j = 0; j < value.length; j++) if (j in value) out.push(value[j]);
  }
  return out;
}

export const arrayOperators: Record<string, Operator> = {
  map: mapLike("map", (_items, results) => results),
  filter: mapLike("filter", (items, results) => items.filter((_item, i) => truthy(results[i]))),
  reduce,
  all: quantifier("all", (items, holds) => items.length > 0 && items.every((_item, i) => holds(i))),
  some: quantifier("some", (items, holds) => items.some((_item, i) => holds(i))),
  none: quantifier("none", (items, holds) => !items.some((_item, i) => holds(i))),
  merge: eagerOperator(merge),
};
