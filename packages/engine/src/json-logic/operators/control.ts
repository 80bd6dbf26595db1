import { lazyArgs, unaryArg } from "../args";
import { isPlainObject, truthy } from "../coerce";
import { JsonLogicError } from "../errors";
import type { Evaluation, Operator } from "../evaluate";

function ifThenElse(raw: unknown, ev: Evaluation): unknown {
  const args = lazyArgs(raw, "if");
  let i = 0;
  for (; i + 1 < args.length; i += 2) {
    if (truthy(ev.run(args[i]))) return ev.run(args[i + 1]);
  }
  return i < args.length ? ev.run(args[i]) : null;
}

/** Returns the first falsy value (and), or truthy value (or), else the last one evaluated. */
function shortCircuit(name: string, stopWhen: boolean): Operator {
  return (raw, ev) => {
    const args = lazyArgs(raw, name);
    let value: unknown = false;
    for (const arg of args) {
      value = ev.run(arg);
      if (truthy(value) === stopWhen) return value;
    }
    return value;
  };
}

function raise(raw: unknown, ev: Evaluation): never {
  throwValue(unaryArg(raw, ev));
}

/** `throw`: an object with a string `type` is the error's payload, anything else names its type. */
export function throwValue(value: unknown): never {
  if (isPlainObject(value) && typeof value.type === "string") throw new JsonLogicError(value.type, value);
  throw new JsonLogicError(String(value));
}

/** Each fallback runs with the previous error as its data (`{"val": "type"}`). */
function attempt(raw: unknown, ev: Evaluation): unknown {
  const items = Array.isArray(raw) ? raw : [raw];
  let lastError: JsonLogicError | undefined;
  for (const item of items) {
    try {
      return lastError ? ev.runWith(item, {}, lastError.payload) : ev.run(item);
    } catch (error) {
      if (!(error instanceof JsonLogicError)) throw error;
      lastError = error;
    }
  }
  if (lastError) throw lastError;
  return null;
}

export const controlOperators: Record<string, Operator> = {
  if: ifThenElse,
  "?:": ifThenElse,
  and: shortCircuit("and", false),
  or: shortCircuit("or", true),
  "!": (raw, ev) => !truthy(unaryArg(raw, ev)),
  "!!": (raw, ev) => truthy(unaryArg(raw, ev)),
  "??": (raw, ev) => {
    for (const arg of Array.isArray(raw) ? raw : [raw]) {
      const value = ev.run(arg);
      if (value !== null && value !== undefined) return value;
    }
    return null;
  },
  throw: raise,
  try: attempt,
  preserve: (raw) => raw,
};
