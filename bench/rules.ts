import { loadavg } from "node:os";
import { composeDemoBundle, juminIdouFlow } from "@kakanai/demo-city";
import { type Answers, parseBundle } from "@kakanai/engine";
import { generateHousehold } from "./household";
import { type Measured, measureSet, median, SAMPLE_MS, SAMPLES, WARMUP_MS } from "./rule-measure";
import { demoRuleSet, plainRuleSet, procedureRuleSet } from "./rule-sets";

/** Goal of issue 8 item 7: ours at least this many times json-logic-js, and ahead of json-logic-engine's run(). */
const GOAL_VS_JSON_LOGIC_JS = 5;

const OURS = "ours (compiled)";

/**
 * `npm run bench`, rules part: the same (rule, data) pairs evaluated by our compiled evaluator, our
 * interpreter (the reference it replaced), json-logic-js and json-logic-engine (run() and build()).
 * A pair is measured only when every library gives the same result for it.
 */
export function benchRules(): string {
  const bundle = parseBundle(composeDemoBundle(juminIdouFlow));
  const sets = [demoRuleSet(), procedureRuleSet(bundle, generateHousehold(6) as Answers, 6), plainRuleSet()];
  const results = sets.map(measureSet);
  const [load1] = loadavg();
  const names = results[0]?.names ?? [];
  return [
    "## Rule evaluators (same rules, same data)",
    "",
    `Millions of operations (one rule evaluated against one data) per second: median of ${SAMPLES} rounds in which each evaluator runs ${SAMPLE_MS} ms in turn, after ${WARMUP_MS} ms of warm-up each, all in this one run; load average at the end: ${load1?.toFixed(2)}. json-logic-js and json-logic-engine get our operators (ageLegal, schoolGrade, … computed by our own functions) and json-logic-js \`??\`. A pair counts only when all of them return the same value (the others are listed below).`,
    "",
    `| rule set | pairs | ${names.join(" | ")} |`,
    `|---|---:|${names.map(() => "---:").join("|")}|`,
    ...results.map(
      (r) => `| ${r.set.name} | ${r.kept} | ${r.samples.map((s) => mops(median(s))).join(" | ")} |`,
    ),
    "",
    "Ours ÷ theirs, per round (median, and lowest–highest of the rounds):",
    "",
    "| rule set | ÷ our interpreter | ÷ json-logic-js | ÷ json-logic-engine run() | ÷ json-logic-engine build() | goal: ≥ 5× json-logic-js and ahead of run() |",
    "|---|---:|---:|---:|---:|---|",
    ...results.map(ratioRow),
    "",
    ...results.map(disagreementLine),
    "",
    "json-logic-engine build() compiles each rule to JavaScript with `new Function`; our apps run under",
    "a script CSP without `unsafe-eval`, so it is shown for reference, not as an option. Its run() caches",
    "a plan of closures per rule object, as ours caches compiled closures; the no-plan-cache column",
    "walks the rule on every call.",
    "",
  ].join("\n");
}

interface Ratio {
  median: number;
  low: number;
  high: number;
}

/** Ours ÷ `name` in each round (both measured moments apart), summarised. */
function ratio(r: Measured, name: string): Ratio {
  const ours = r.samples[r.names.indexOf(OURS)] ?? [];
  const theirs = r.samples[r.names.indexOf(name)] ?? [];
  const perRound = ours.map((o, i) => o / (theirs[i] ?? Number.NaN));
  return { median: median(perRound), low: Math.min(...perRound), high: Math.max(...perRound) };
}

function ratioRow(r: Measured): string {
  const cell = ({ median, low, high }: Ratio) => `${times(median)} (${times(low)}–${times(high)})`;
  const vsJs = ratio(r, "json-logic-js");
  const vsRun = ratio(r, "json-logic-engine run()");
  const cells = [ratio(r, "ours (interpreter)"), vsJs, vsRun, ratio(r, "json-logic-engine build()")].map(
    cell,
  );
  const misses = [
    vsJs.median < GOAL_VS_JSON_LOGIC_JS ? `${times(vsJs.median)} json-logic-js` : "",
    vsRun.median <= 1 ? "not ahead of run()" : "",
  ].filter(Boolean);
  const verdict = misses.length === 0 ? "reached" : `**not reached** (${misses.join(", ")})`;
  return `| ${r.set.name} | ${cells.join(" | ")} | ${verdict} |`;
}

function disagreementLine(r: Measured): string {
  if (r.disagreements.size === 0) return `- ${r.set.name}: all ${r.set.pairs.length} pairs agree.`;
  const list = [...r.disagreements]
    .map(([name, { count, example }]) => `${name} on ${count} (first: \`${example.slice(0, 60)}\`)`)
    .join(", ");
  return `- ${r.set.name}: ${r.kept} of ${r.set.pairs.length} pairs measured; left out where a result differs from ours: ${list}.`;
}

const mops = (n: number) => (n / 1e6).toFixed(2);
const times = (n: number) => `${n.toFixed(2)}×`;
