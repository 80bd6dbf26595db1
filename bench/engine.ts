import { loadavg } from "node:os";
import {
  type Answers,
  ageCalendar,
  ageLegal,
  type Bundle,
  determine,
  evaluate,
  interview,
  memberData,
  parseBundle,
  type Rule,
  ruleContext,
  schoolGrade,
} from "@kakanai/engine";
import jsonLogic from "json-logic-js";
import { composeDemoBundle } from "../db/demo-city/export-bundles";
import { juminIdouFlow } from "../db/demo-city/flows/jumin-idou";
import { household, person } from "../db/demo-city/flows/jumin-idou/flow-tests";

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
  registerOperators();
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

/** json-logic-js gets the date operators the procedure rules use, and `??`. */
function registerOperators(): void {
  const str = (v: unknown) => (typeof v === "string" ? v : "");
  const ops: Record<string, (birth: string, on: string) => number | null> = {
    ageLegal,
    ageCalendar,
    schoolGrade,
  };
  for (const [name, op] of Object.entries(ops)) {
    jsonLogic.add_operation(name, (birth: unknown, on: unknown) => op(str(birth), str(on)));
  }
  jsonLogic.add_operation("??", (a: unknown, b: unknown) => a ?? b);
}

/** A deterministic household: parents, grandparents and children by a fixed pseudo-random walk. */
function generateHousehold(size: number): Answers {
  let seed = size * 7919;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const insurances = ["employer", "kokuho", "kouki", "none"];
  const members = Array.from({ length: size }, (_x, i) => {
    const year = i < 2 ? 1945 + Math.floor(next() * 45) : 2005 + Math.floor(next() * 20);
    const birthDate = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, "0")}-0${1 + Math.floor(next() * 9)}`;
    return person(`東雲 ${i + 1}`, birthDate, {
      relationship: i === 0 ? "世帯主" : i === 1 ? "妻" : "子",
      insurance: insurances[Math.floor(next() * insurances.length)] ?? "employer",
      hasMyNumberCard: next() < 0.5,
      wantsResidenceCertificate: Math.floor(next() * 3),
      handbooks: next() < 0.2 ? ["physical"] : [],
    });
  });
  return household("tennyu", members) as Answers;
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
