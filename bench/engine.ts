import { loadavg } from "node:os";
import { composeDemoBundle, juminIdouFlow } from "@kakanai/demo-city";
import {
  type Answers,
  type Bundle,
  determine,
  evaluate,
  interview,
  memberData,
  parseBundle,
  type Rule,
  ruleContext,
} from "@kakanai/engine";
import jsonLogic from "json-logic-js";
import { generateHousehold } from "./household";
import { registerJsonLogicJs } from "./rule-evaluators";

const RUNS = 1000;
const WARMUP = 200;
const SIZES = [1, 6, 12];

/**
 * `npm run bench`, engine part: on the demo 住民異動 flow with households of 1, 6 and 12 members,
 * one interview step and one full determination (p50/p95 over RUNS), and the same procedure rules
 * evaluated by our evaluator and by json-logic-js (our date operators registered with it).
 */
export function benchEngine(): string {
  const bundle = parseBundle(composeDemoBundle(juminIdouFlow));
  registerJsonLogicJs();
  const rows = SIZES.map((size) => benchHousehold(bundle, size));
  const [load1] = loadavg();
  return [
    "## Engine (demo 住民異動 flow, 転入)",
    "",
    `${RUNS} runs after ${WARMUP} warm-up runs; times in ms; load average at the end: ${load1?.toFixed(2)}.`,
    "",
    "| members | interview p50 | interview p95 | determine p50 | determine p95 | rules: ours p50 | rules: json-logic-js p50 | ours / json-logic-js |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows,
    "",
    "Target: one interview step under 1 ms p95 at 12 members. Times on a shared 2-core machine vary",
    "with the load above; compare ratios across runs rather than absolute times.",
    "",
  ].join("\n");
}

function benchHousehold(bundle: Bundle, size: number): string {
  const answers = generateHousehold(size);
  // One step: the clerk has answered everything but the last question; the engine finds it.
  const step = { ...answers, publicSchool: undefined };
  const rules = procedureRules(bundle, answers);
  const ours = measure(() => {
    for (const [rule, data] of rules) evaluate(rule, data);
  });
  const theirs = measure(() => {
    for (const [rule, data] of rules) jsonLogic.apply(rule as never, data);
  });
  const cells = [measure(() => interview(bundle, step)), measure(() => determine(bundle, answers))].flatMap(
    (t) => [t.p50, t.p95],
  );
  const ratio = ours.p50 / theirs.p50;
  return `| ${size} | ${[...cells, ours.p50, theirs.p50].map(ms).join(" | ")} | ${ratio.toFixed(2)} |`;
}

/** Every procedure-level and per-member rule determine evaluates, with the data it sees. */
function procedureRules(bundle: Bundle, answers: Answers): [Rule, unknown][] {
  const context = ruleContext(bundle, answers);
  const members = answers.members as unknown[];
  const out: [Rule, unknown][] = [];
  for (const p of bundle.procedures) {
    out.push([p.rule, context.data]);
    for (const c of p.conditionalItems ?? []) out.push([c.when, context.data]);
    for (const f of p.forms) if (f.when !== undefined) out.push([f.when, context.data]);
    members.forEach((member, i) => {
      const data = memberData(context, member, i);
      if (p.memberRule !== undefined) out.push([p.memberRule, data]);
      for (const f of p.forms) if (f.memberRule !== undefined) out.push([f.memberRule, data]);
    });
  }
  return out;
}

interface Timing {
  p50: number;
  p95: number;
}

function measure(run: () => unknown): Timing {
  for (let i = 0; i < WARMUP; i++) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
}

const ms = (value: number) => value.toFixed(3);
