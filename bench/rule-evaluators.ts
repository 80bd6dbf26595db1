import {
  addDays,
  ageCalendar,
  ageLegal,
  daysBetween,
  evaluate,
  evaluateInterpreted,
  formatWareki,
  isIsoDate,
  parseWareki,
  type Rule,
  relationToApplicant,
  schoolGrade,
} from "@kakanai/engine";
import { LogicEngine } from "json-logic-engine";
import jsonLogic from "json-logic-js";

/** One (rule, data) evaluation as the benchmark counts it. */
export type Pair = readonly [Rule, unknown];

/**
 * An evaluator under test. `value` evaluates one pair (for the agreement check); `prepare` does what
 * a user of that library does once per rule (ours and json-logic-engine's run() compile or plan on
 * first use, so nothing; build() generates code) and returns one pass over the pairs. A pass returns
 * a checksum so that the work cannot be optimised away.
 */
export interface RuleEvaluator {
  name: string;
  value(rule: Rule, data: unknown): unknown;
  prepare(pairs: readonly Pair[]): () => number;
}

const str = (v: unknown): string => (typeof v === "string" ? v : "");

/**
 * Our date operators for the other libraries, each computing exactly what engine-operators.ts
 * computes from the evaluated arguments, with our own functions.
 */
const engineFunctions: Record<string, (args: unknown[]) => unknown> = {
  ageLegal: ([birth, on]) => ageLegal(str(birth), str(on)),
  ageCalendar: ([birth, on]) => ageCalendar(str(birth), str(on)),
  schoolGrade: ([birth, on]) => schoolGrade(str(birth), str(on)),
  addDays: ([date, n]) =>
    isIsoDate(date) && typeof n === "number" && Number.isFinite(n) ? addDays(date, n) : null,
  daysBetween: ([from, to]) => (isIsoDate(from) && isIsoDate(to) ? daysBetween(from, to) : null),
  wareki: ([date]) => {
    if (!isIsoDate(date)) return null;
    try {
      return formatWareki(date);
    } catch {
      return null;
    }
  },
  parseWareki: ([text]) => (typeof text === "string" ? parseWareki(text) : null),
  relationToApplicant: ([people, name, person]) => relationToApplicant(people, name, person),
};

let registered = false;

/** json-logic-js (one global table) gets our operators and `??`, once. */
export function registerJsonLogicJs(): void {
  if (registered) return;
  registered = true;
  for (const [name, fn] of Object.entries(engineFunctions)) {
    jsonLogic.add_operation(name, (...args: unknown[]) => fn(args));
  }
  jsonLogic.add_operation(
    "??",
    (...args: unknown[]) => args.find((a) => a !== null && a !== undefined) ?? null,
  );
}

/** A json-logic-engine with our operators (it has `??` and `val` itself). */
function logicEngine(options?: ConstructorParameters<typeof LogicEngine>[1]): LogicEngine {
  const engine = new LogicEngine(undefined, options);
  for (const [name, fn] of Object.entries(engineFunctions)) {
    // Pure functions: marked deterministic, the most the engine can do with them.
    engine.addMethod(name, (args: unknown) => fn(Array.isArray(args) ? args : [args]), {
      deterministic: true,
    });
  }
  return engine;
}

/** A pass over the pairs with `run(rule, data)`, counting truthy results. */
function passWith(pairs: readonly Pair[], run: (rule: Rule, data: unknown) => unknown): () => number {
  return () => {
    let truthy = 0;
    for (const [rule, data] of pairs) if (run(rule, data)) truthy++;
    return truthy;
  };
}

/** An evaluator that is one function of (rule, data): the pass calls it for each pair. */
function direct(name: string, run: (rule: Rule, data: unknown) => unknown): RuleEvaluator {
  return { name, value: run, prepare: (pairs) => passWith(pairs, run) };
}

/**
 * The evaluators, in the order the table shows them. json-logic-engine instances are new on each
 * call, one set of rules each: its run() stops planning for good after 500 unseen rules in a row.
 */
export function ruleEvaluators(): RuleEvaluator[] {
  registerJsonLogicJs();
  const planned = logicEngine();
  const walking = logicEngine({ disableInterpretedOptimization: true });
  return [
    direct("ours (compiled)", (rule, data) => evaluate(rule, data)),
    direct("ours (interpreter)", (rule, data) => evaluateInterpreted(rule, data)),
    direct("json-logic-js", (rule, data) => jsonLogic.apply(rule as never, data)),
    // As shipped: it plans each rule object once and reuses the plan (closures), like ours.
    direct("json-logic-engine run()", (rule, data) => planned.run(rule, data)),
    direct("json-logic-engine run(), no plan cache", (rule, data) => walking.run(rule, data)),
    builtEvaluator(logicEngine()),
  ];
}

/** LogicEngine.build: generated code (new Function), which our apps' script CSP would refuse. */
function builtEvaluator(engine: LogicEngine): RuleEvaluator {
  const built = new WeakMap<object, (data: unknown) => unknown>();
  const buildOnce = (rule: Rule): ((data: unknown) => unknown) => {
    if (typeof rule !== "object" || rule === null) return () => rule;
    let fn = built.get(rule);
    if (!fn) {
      fn = engine.build(rule) as (data: unknown) => unknown;
      built.set(rule, fn);
    }
    return fn;
  };
  return {
    name: "json-logic-engine build()",
    value: (rule, data) => buildOnce(rule)(data),
    prepare: (pairs) => {
      // Built before timing and called directly: no lookup per evaluation.
      const fns = pairs.map(([rule]) => buildOnce(rule));
      const datas = pairs.map(([, data]) => data);
      return () => {
        let truthy = 0;
        for (let i = 0; i < fns.length; i++) if (fns[i]?.(datas[i])) truthy++;
        return truthy;
      };
    },
  };
}
