import { truthy } from "../coerce";
import { invalidArguments, JsonLogicError } from "../errors";
import { throwValue } from "../operators/control";
import { compileLazy, compileUnary, fail } from "./args";
import type { Compile, Compiler, Run } from "./types";

function compileIf(raw: unknown, compile: Compile): Run {
  const parts = compileLazy(raw, compile);
  // "?:" is the same operator, and the interpreter names it "if" in the error too.
  if (parts === null) return fail(() => invalidArguments("if"));
  return ifChain(parts, 0);
}

/**
 * The branches from `i` on as nested closures, built once: test ? then : (the rest), where the
 * rest is the last part alone (else) or null when there is none.
 */
function ifChain(parts: Run[], i: number): Run {
  const test = parts[i];
  const then = parts[i + 1];
  if (!test) return () => null;
  if (!then) return test;
  const otherwise = ifChain(parts, i + 2);
  return (data, outer) => (truthy(test(data, outer)) ? then(data, outer) : otherwise(data, outer));
}

/** and/or: the first value that stops (falsy for and, truthy for or), else the last one, else false. */
function shortCircuit(name: string, stopWhen: boolean): Compiler {
  return (raw, compile) => {
    const parts = compileLazy(raw, compile);
    if (parts === null) return fail(() => invalidArguments(name));
    const [first, second] = parts;
    if (parts.length === 2 && first && second) {
      return (data, outer) => {
        const value = first(data, outer);
        return truthy(value) === stopWhen ? value : second(data, outer);
      };
    }
    return (data, outer) => {
      let value: unknown = false;
      for (let i = 0; i < parts.length; i++) {
        value = parts[i]?.(data, outer);
        if (truthy(value) === stopWhen) return value;
      }
      return value;
    };
  };
}

/** `??` and `try` take a list or one item; holes (code, not JSON) read as undefined, as in for…of. */
function compileEach(raw: unknown, compile: Compile): Run[] {
  return Array.from(Array.isArray(raw) ? raw : [raw], (item) => compile(item));
}

function compileCoalesce(raw: unknown, compile: Compile): Run {
  const parts = compileEach(raw, compile);
  return (data, outer) => {
    for (const part of parts) {
      const value = part(data, outer);
      if (value !== null && value !== undefined) return value;
    }
    return null;
  };
}

/** Each fallback runs with the previous error's payload as its data, below an empty scope frame. */
function compileTry(raw: unknown, compile: Compile): Run {
  const parts = compileEach(raw, compile);
  return (data, outer) => {
    let lastError: JsonLogicError | undefined;
    for (const part of parts) {
      try {
        return lastError ? part(lastError.payload, { data: {}, up: { data, up: outer } }) : part(data, outer);
      } catch (error) {
        if (!(error instanceof JsonLogicError)) throw error;
        lastError = error;
      }
    }
    if (lastError) throw lastError;
    return null;
  };
}

export const controlCompilers: Record<string, Compiler> = {
  if: compileIf,
  "?:": compileIf,
  and: shortCircuit("and", false),
  or: shortCircuit("or", true),
  "!": (raw, compile) => {
    const arg = compileUnary(raw, compile);
    return (data, outer) => !truthy(arg(data, outer));
  },
  "!!": (raw, compile) => {
    const arg = compileUnary(raw, compile);
    return (data, outer) => truthy(arg(data, outer));
  },
  "??": compileCoalesce,
  throw: (raw, compile) => {
    const arg = compileUnary(raw, compile);
    return (data, outer) => throwValue(arg(data, outer));
  },
  try: compileTry,
  preserve: (raw) => () => raw,
};
