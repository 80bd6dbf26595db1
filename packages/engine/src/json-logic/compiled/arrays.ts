import { truthy } from "../coerce";
import { invalidArguments } from "../errors";
import { listOf } from "../operators/arrays";
import { fail } from "./args";
import { itemScope } from "./scope";
import type { Compile, Compiler, Run } from "./types";

/**
 * The source and body of an iterator, or null when the arguments are not a literal array of at least
 * two. A literal null source is a mistake (checked after the argument count, as the interpreter does).
 */
function sourceAndBody(raw: unknown): [unknown, unknown] | null {
  if (!Array.isArray(raw) || raw.length < 2) return null;
  return [raw[0], raw[1]];
}

/*
 * The iterators below loop themselves instead of going through map/filter/every/some/forEach
 * callbacks as the interpreter does (the callbacks were most of their cost), and must behave the
 * same: bodies run in item order and the walk stops where those methods stop, so the same error
 * surfaces first; holes are skipped as those methods skip them (only code, never JSON, makes a
 * list with holes).
 */

function compileMap(raw: unknown, compile: Compile): Run {
  const args = sourceAndBody(raw);
  if (args === null || args[1] === null || args[0] === null) return fail(() => invalidArguments("map"));
  const source = compile(args[0]);
  const body = compile(args[1]);
  return (data, outer) => {
    const items = listOf("map", source(data, outer), false);
    const here = { data, up: outer };
    const results: unknown[] = [];
    for (let i = 0; i < items.length; i++) {
      if (i in items) results[i] = body(items[i], itemScope(here, i));
    }
    // map keeps the length, trailing holes included.
    results.length = items.length;
    return results;
  };
}

function compileFilter(raw: unknown, compile: Compile): Run {
  const args = sourceAndBody(raw);
  if (args === null || args[1] === null || args[0] === null) return fail(() => invalidArguments("filter"));
  const source = compile(args[0]);
  const body = compile(args[1]);
  return (data, outer) => {
    const items = listOf("filter", source(data, outer), false);
    const here = { data, up: outer };
    const kept: unknown[] = [];
    for (let i = 0; i < items.length; i++) {
      if (i in items && truthy(body(items[i], itemScope(here, i)))) kept.push(items[i]);
    }
    return kept;
  };
}

/** all/some/none: the first item that decides stops the walk; all is false for an empty list. */
function quantifier(name: "all" | "some" | "none", stopWhen: boolean, atStop: boolean): Compiler {
  return (raw, compile) => {
    const args = sourceAndBody(raw);
    if (args === null || args[0] === null) return fail(() => invalidArguments(name));
    const source = compile(args[0]);
    const body = compile(args[1]);
    return (data, outer) => {
      const items = listOf(name, source(data, outer), true);
      if (name === "all" && items.length === 0) return false;
      const here = { data, up: outer };
      for (let i = 0; i < items.length; i++) {
        if (i in items && truthy(body(items[i], itemScope(here, i))) === stopWhen) return atStop;
      }
      return !atStop;
    };
  };
}

/** Without an initial value the first item starts the accumulator (null for an empty list). */
function compileReduce(raw: unknown, compile: Compile): Run {
  const args = sourceAndBody(raw);
  if (args === null || args[0] === null) return fail(() => invalidArguments("reduce"));
  const source = compile(args[0]);
  const body = compile(args[1]);
  const initial = Array.isArray(raw) && raw.length > 2 ? compile(raw[2]) : null;
  return (data, outer) => {
    const items = listOf("reduce", source(data, outer), false);
    let accumulator = initial ? initial(data, outer) : (items[0] ?? null);
    const here = { data, up: outer };
    for (let i = initial ? 0 : 1; i < items.length; i++) {
      if (i in items) accumulator = body({ current: items[i], accumulator }, itemScope(here, i));
    }
    return accumulator;
  };
}

export const arrayCompilers: Record<string, Compiler> = {
  map: compileMap,
  filter: compileFilter,
  reduce: compileReduce,
  all: quantifier("all", false, false),
  some: quantifier("some", true, true),
  none: quantifier("none", true, false),
};
