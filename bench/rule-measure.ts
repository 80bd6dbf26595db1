import { type Pair, type RuleEvaluator, ruleEvaluators } from "./rule-evaluators";
import type { RuleSet } from "./rule-sets";

export const SAMPLES = 9;
export const SAMPLE_MS = 150;
export const WARMUP_MS = 300;

/** Why pairs were left out: per library, how many gave another result than ours, and the first one. */
export interface Disagreement {
  count: number;
  example: string;
}

export interface Measured {
  set: RuleSet;
  /** Pairs measured: those on which every library agrees. */
  kept: number;
  disagreements: Map<string, Disagreement>;
  names: string[];
  /** ops/s per evaluator (same order as names), one per round-robin round. */
  samples: number[][];
}

/**
 * Measures every evaluator on the pairs of `set` they all agree on: a warm-up, then SAMPLES rounds
 * in which each evaluator runs for SAMPLE_MS in turn, so a change in the machine's load hits them
 * all alike within a round.
 */
export function measureSet(set: RuleSet): Measured {
  const evaluators = ruleEvaluators();
  const { kept, disagreements } = agreeingPairs(set.pairs, evaluators);
  if (kept.length === 0) throw new Error(`${set.name}: no pair gives the same result in every library`);
  const passes = evaluators.map((e) => e.prepare(kept));
  // Every pass counts the truthy results: the same count for all is one more agreement check, and
  // using the count keeps the work from being optimised away.
  const truthy = passes.map((pass) => pass());
  if (new Set(truthy).size !== 1) throw new Error(`${set.name}: truthy counts differ (${truthy.join(", ")})`);
  const expected = truthy[0] ?? 0;
  for (const pass of passes) opsPerSecond(pass, kept.length, expected, WARMUP_MS);
  const samples: number[][] = evaluators.map(() => []);
  for (let round = 0; round < SAMPLES; round++) {
    passes.forEach((pass, i) => {
      samples[i]?.push(opsPerSecond(pass, kept.length, expected, SAMPLE_MS));
    });
  }
  return { set, kept: kept.length, disagreements, names: evaluators.map((e) => e.name), samples };
}

/** Pairs every evaluator agrees on (compared as JSON, errors included), and who disagreed how. */
function agreeingPairs(pairs: readonly Pair[], evaluators: RuleEvaluator[]) {
  const [reference, ...others] = evaluators;
  if (!reference) throw new Error("no evaluator");
  const kept: Pair[] = [];
  const disagreements = new Map<string, Disagreement>();
  const note = (name: string, example: string) => {
    const seen = disagreements.get(name);
    if (seen) seen.count += 1;
    else disagreements.set(name, { count: 1, example });
  };
  for (const pair of pairs) {
    const expected = resultText(reference, pair);
    if (expected.startsWith("error")) note("ours throws", expected);
    let agreed = !expected.startsWith("error");
    for (const other of others) {
      const result = resultText(other, pair);
      if (result === expected) continue;
      if (other.name.startsWith("ours"))
        throw new Error(`our evaluators differ on ${JSON.stringify(pair[0])}`);
      note(other.name, result);
      agreed = false;
    }
    if (agreed) kept.push(pair);
  }
  return { kept, disagreements };
}

function resultText(evaluator: RuleEvaluator, [rule, data]: Pair): string {
  try {
    return JSON.stringify(evaluator.value(rule, data)) ?? "undefined";
  } catch (error) {
    return `error: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Passes for `ms`, as operations per second; a pass giving another truthy count is a bug. */
function opsPerSecond(pass: () => number, pairs: number, truthy: number, ms: number): number {
  let ops = 0;
  const start = performance.now();
  let now = start;
  do {
    if (pass() !== truthy) throw new Error("a pass gave another result than the first");
    ops += pairs;
    now = performance.now();
  } while (now - start < ms);
  return ops / ((now - start) / 1000);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
