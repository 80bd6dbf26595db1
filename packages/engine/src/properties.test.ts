import fc from "fast-check";
import { describe, expect, it } from "vitest";
import juminIdouJson from "../test/fixtures/jumin-idou.json";
import okuyamiJson from "../test/fixtures/okuyami.json";
import type { Answers, Bundle, Question } from "./bundle";
import { determine } from "./determine";
import { EngineError } from "./errors";
import { interview } from "./interview";
import { parseBundle } from "./parse-bundle";

/** Published demo bundles (frozen copies of packages/demo-city flows, forms reduced to their keys). */
const bundles: [string, Bundle][] = [
  ["住民異動", parseBundle(juminIdouJson)],
  ["おくやみ", parseBundle(okuyamiJson)],
];

const isoDate = fc
  .date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** Anything at all, JSON or not: a client may send garbage. */
const garbage = fc.oneof(
  fc.anything(),
  fc.jsonValue(),
  isoDate,
  fc.string(),
  fc.integer({ min: -5, max: 20 }),
);

/** A value of the right shape most of the time, garbage sometimes. */
function plausible(q: Question | NonNullable<Question["questions"]>[number], json: boolean) {
  const options = (q.options ?? []).map((o) => o.value);
  const base: Record<string, fc.Arbitrary<unknown>> = {
    date: isoDate,
    boolean: fc.boolean(),
    number: fc.integer({ min: -1, max: 12 }),
    choice: options.length ? fc.constantFrom(...options) : fc.string(),
    multi: options.length ? fc.subarray(options) : fc.array(fc.string()),
  };
  const good = base[q.kind] ?? fc.string();
  return fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: json ? fc.jsonValue() : garbage });
}

/** Answers keyed like the bundle's questions (dotted keys nest), members included, 0–12 of them. */
function answersFor(bundle: Bundle, json = false): fc.Arbitrary<Answers> {
  const top = bundle.questions.filter((q) => q.kind !== "group" && !q.key.includes("."));
  const nested = bundle.questions.filter((q) => q.key.includes("."));
  const group = bundle.questions.find((q) => q.kind === "group");
  const entries: Record<string, fc.Arbitrary<unknown>> = {};
  for (const q of top) entries[q.key] = plausible(q, json);
  for (const q of nested) {
    const [head = "", tail = ""] = q.key.split(".");
    entries[`${head}.${tail}`] = plausible(q, json);
  }
  if (group) {
    const member = fc.record(
      Object.fromEntries((group.questions ?? []).map((q) => [q.key, plausible(q, json)])),
      { requiredKeys: [] },
    );
    entries[group.key] = fc.oneof(
      { weight: 5, arbitrary: fc.array(member, { maxLength: 12 }) },
      garbageOr(json),
    );
  }
  return fc.record(entries, { requiredKeys: [] }).map(nest);
}

const garbageOr = (json: boolean) => ({ weight: 1, arbitrary: json ? fc.jsonValue() : garbage });

function nest(flat: Record<string, unknown>): Answers {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    const [head = "", tail] = key.split(".");
    if (tail === undefined) out[head] = value;
    else out[head] = { ...(out[head] as object), [tail]: value };
  }
  return out;
}

/** Runs the engine; a domain error (EngineError) is an allowed answer, anything else is a crash. */
function run(bundle: Bundle, answers: Answers) {
  try {
    return { state: interview(bundle, answers), determination: determine(bundle, answers) };
  } catch (error) {
    if (error instanceof EngineError) return { error: error.code };
    throw error;
  }
}

const RUNS = 150;

describe.each(bundles)("properties of the %s bundle", (_name, bundle) => {
  it("never crashes on random answers, garbage types included: invalid answers just do not count", () => {
    fc.assert(
      fc.property(answersFor(bundle), (answers) => {
        const result = run(bundle, answers);
        // Rules only see valid answers, so a well-formed bundle never fails on what a client sends.
        expect(result).not.toHaveProperty("error");
        if (!("state" in result) || !result.state) return;
        expect(result.state.progress.answered).toBeLessThanOrEqual(result.state.progress.total);
        expect(result.state.done).toBe(result.state.next === null);
      }),
      { numRuns: RUNS },
    );
  });

  it("is deterministic: the same input gives a deep-equal result", () => {
    fc.assert(
      fc.property(answersFor(bundle), (answers) => {
        expect(run(bundle, answers)).toEqual(run(bundle, answers));
      }),
      { numRuns: RUNS },
    );
  });

  it("gives the same determination after a JSON round trip of bundle and answers (what the server stores)", () => {
    fc.assert(
      fc.property(answersFor(bundle, true), (answers) => {
        const stored = JSON.parse(JSON.stringify({ bundle, answers }));
        expect(run(parseBundle(stored.bundle), stored.answers)).toEqual(run(bundle, answers));
        expect(run(structuredClone(bundle), structuredClone(answers))).toEqual(run(bundle, answers));
      }),
      { numRuns: RUNS },
    );
  }, 30_000);

  it("never counts a stale answer: determination equals that of the answers without it", () => {
    fc.assert(
      fc.property(answersFor(bundle, true), (answers) => {
        const first = run(bundle, answers);
        if (!("determination" in first) || !first.determination) return;
        const { stale, ...kept } = first.determination;
        expect(stale).toEqual(first.state.stale);
        const cleaned = stripPaths(answers, stale ?? []);
        const again = run(bundle, cleaned);
        if (!("determination" in again) || !again.determination) throw new Error("cleaned answers failed");
        const { stale: none, ...rest } = again.determination;
        expect(none).toEqual([]);
        expect(rest).toEqual(kept);
      }),
      { numRuns: RUNS },
    );
  });
});

function stripPaths(answers: Answers, paths: string[]): Answers {
  const copy = structuredClone(answers);
  for (const path of paths) {
    const segments = path.split(".");
    const last = segments.pop() ?? "";
    let node: unknown = copy;
    for (const s of segments) node = (node as Record<string, unknown>)?.[s];
    if (node && typeof node === "object") delete (node as Record<string, unknown>)[last];
  }
  return copy;
}
