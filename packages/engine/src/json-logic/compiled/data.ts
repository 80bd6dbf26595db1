import { eagerCompute } from "../eager";
import type { Operator } from "../evaluate";
import { dataOperators, NOT_FOUND, valPath, valValue, varSegments, varValue } from "../operators/data";
import { compileArgs, isDense, isLiteral } from "./args";
import { eagerCompiler } from "./eager";
import { scopeAt } from "./scope";
import type { Compile, Compiler, Run } from "./types";

/**
 * lookup() for segments known when compiling: numbers already turned into keys, and null when a
 * segment is no key at all (then nothing is ever found). Same walk: own properties of objects and arrays.
 */
function lookupKeys(root: unknown, keys: readonly string[]): unknown {
  let current = root;
  for (const key of keys) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, key)) return NOT_FOUND;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function keysOf(segments: readonly unknown[]): string[] | null {
  const keys: string[] = [];
  for (const segment of segments) {
    const key = typeof segment === "number" ? String(segment) : segment;
    if (typeof key !== "string") return null;
    keys.push(key);
  }
  return keys;
}

/** The own property `key` of an object or array, else undefined. */
function own(value: unknown, key: string): unknown {
  if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
  return (value as Record<string, unknown>)[key];
}

/**
 * The value at a fixed path, or null: `{"var": "a.b"}`, the most common node of all. One and two
 * keys (`moveType`, `member.birthDate`) are walked without a loop. An absent key and a key holding
 * undefined both give null, so they need not be told apart here.
 */
function readFixed(keys: string[] | null): Run {
  if (keys === null) return () => null;
  const [first, second] = keys;
  if (keys.length === 1 && first !== undefined) return (data) => own(data, first) ?? null;
  if (keys.length === 2 && first !== undefined && second !== undefined) {
    return (data) => own(own(data, first), second) ?? null;
  }
  return (data) => {
    const found = lookupKeys(data, keys);
    return found === NOT_FOUND ? null : (found ?? null);
  };
}

/** `var`: a literal path is split once; a fallback, when given, is still evaluated first (it may throw). */
function compileVar(raw: unknown, compile: Compile): Run {
  if (typeof raw === "string") return readFixed(keysOf(varSegments(raw)));
  const fixedPath = Array.isArray(raw) && raw.length <= 2 && isLiteral(raw[0]);
  if (!fixedPath) {
    const args = compileArgs(raw, compile);
    return (data, outer) => {
      const [path, fallback] = args(data, outer);
      return varValue(data, path, fallback);
    };
  }
  const read = readFixed(keysOf(varSegments(compile(raw[0])(undefined, null))));
  if (raw.length < 2) return read;
  const fallback = compile(raw[1]);
  return (data, outer) => {
    const otherwise = fallback(data, outer);
    const value = read(data, outer);
    if (value !== null) return value;
    return otherwise === undefined ? null : otherwise;
  };
}

/** `val`: literal arguments (the usual `[[2], "on"]`) are resolved to a level and keys once. */
function compileVal(raw: unknown, compile: Compile): Run {
  const args = compileArgs(raw, compile);
  if (!isLiteral(raw)) {
    return (data, outer) => {
      const { levels, segments } = valPath(args(data, outer));
      return valValue(scopeAt(data, outer, levels), segments);
    };
  }
  const { levels, segments } = valPath(args(undefined, null));
  const keys = keysOf(segments);
  if (keys === null) return () => null;
  return (data, outer) => {
    const found = lookupKeys(scopeAt(data, outer, levels), keys);
    return found === NOT_FOUND || found === undefined ? null : found;
  };
}

/** What missing and missing_some ask of each key: no value, null or "" at that var path. */
function blankAt(key: unknown): (data: unknown) => boolean {
  const read = readFixed(keysOf(varSegments(key)));
  return (data) => {
    const value = read(data, null);
    return value === null || value === "";
  };
}

/** The evaluated arguments when they are all literal, else null (then the general form runs). */
function literalKeys(raw: unknown, compile: Compile): unknown[] | null {
  return isLiteral(raw) ? compileArgs(raw, compile)(undefined, null) : null;
}

const isKey = (key: unknown) => typeof key === "string" || typeof key === "number";

function generalForm(op: Operator | undefined): Compiler {
  const compute = op && eagerCompute(op);
  if (!compute) throw new Error("missing/missing_some are eager operators");
  return eagerCompiler(compute);
}

/** `missing` with literal keys: each key's path is split once. */
function compileMissing(raw: unknown, compile: Compile): Run {
  const args = literalKeys(raw, compile);
  const keys = args && (Array.isArray(args[0]) ? args[0] : args);
  if (!keys || !isDense(keys) || !keys.every(isKey)) return generalForm(dataOperators.missing)(raw, compile);
  const blank = keys.map(blankAt);
  return (data) => keys.filter((_key, i) => blank[i]?.(data));
}

/** `missing_some` with a literal need and key list: [] once enough keys have a value. */
function compileMissingSome(raw: unknown, compile: Compile): Run {
  const [need, list] = literalKeys(raw, compile) ?? [];
  if (!Array.isArray(list) || !isDense(list) || !list.every(isKey)) {
    return generalForm(dataOperators.missing_some)(raw, compile);
  }
  const blank = list.map(blankAt);
  const enough = Number(need);
  return (data) => {
    const missing = list.filter((_key, i) => blank[i]?.(data));
    return list.length - missing.length >= enough ? [] : missing;
  };
}

export const dataCompilers: Record<string, Compiler> = {
  var: compileVar,
  val: compileVal,
  missing: compileMissing,
  missing_some: compileMissingSome,
};
