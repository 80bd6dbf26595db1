import { createDepartment, createFlow } from "@kakanai/db";
import { composeDemoBundle, demoDepartments, juminIdouFlow } from "@kakanai/demo-city";
import { household, person } from "@kakanai/demo-city/testing";
import {
  type Answers,
  type Bundle,
  type Determination,
  determine,
  getAnswer,
  interview,
} from "@kakanai/engine";
import fc from "fast-check";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { createTestCity, createTestStaff, testPassword } from "../../test/factories";
import { useTestDb } from "../../test/test-db";
import { createTrpcRouteHandler } from "../next";
import { putDemoFormAssets } from "../pdf/testing/demo-session";
import { publishFlow } from "../studio/publish-flow";

/*
 * The counter runs the engine in the browser to pick each next question, and the server determines
 * on finish from what it stored. Both must agree. Everything here goes over the wire as the browser
 * sends it (superjson over fetch into the route handler), and the answers through PostgreSQL jsonb.
 */

const db = useTestDb();
const cookieName = "kk_agreement";

/** A 住民異動 session in a fresh city with every demo department, logged in as a clerk. */
async function demoCounter() {
  const test = await createTestCity(db);
  for (const [i, d] of demoDepartments.entries()) {
    if (d.key === "shimin" || d.key === "kodomo") continue;
    await createDepartment(db, { municipalityId: test.city.id, ...d, sortOrder: i + 1 });
  }
  await putDemoFormAssets(db, { municipalityId: test.city.id });
  const { schemaVersion: _v, departments: _d, ...draft } = composeDemoBundle(juminIdouFlow);
  const flow = await createFlow(db, {
    municipalityId: test.city.id,
    key: "jumin-idou",
    title: draft.flow.title,
    kind: "jumin-idou",
    ownerDepartmentId: test.shimin.id,
    draft,
  });
  const { bundleId } = await publishFlow(db, { flowId: flow.id, by: null });
  const clerk = await createTestStaff(db, {
    municipalityId: test.city.id,
    roles: ["counter_clerk"],
    departmentId: test.shimin.id,
  });
  const api = wire();
  await api.mutate("auth.login", { loginId: clerk.loginId, password: testPassword });
  const { sessionId } = await api.mutate<{ sessionId: string }>("counter.start", { bundleId });
  return { api, sessionId };
}

/** tRPC over fetch with superjson, keeping the session cookie like a browser. */
function wire() {
  const handler = createTrpcRouteHandler({ getDb: () => db, cookieName });
  let cookie = "";
  const send = async <T>(path: string, init: RequestInit & { query?: string }): Promise<T> => {
    const url = `http://localhost:3001/api/trpc/${path}${init.query ?? ""}`;
    const response = await handler(new Request(url, { ...init, headers: { ...init.headers, cookie } }));
    const set = response.headers.get("set-cookie");
    if (set) cookie = set.split(";")[0] ?? "";
    const body = (await response.json()) as { result?: { data: never }; error?: unknown };
    if (!body.result) throw new Error(`${path}: ${JSON.stringify(body.error)}`);
    return superjson.deserialize<T>(body.result.data);
  };
  return {
    mutate: <T>(path: string, input: unknown) =>
      send<T>(path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(superjson.serialize(input)),
      }),
    query: <T>(path: string, input: unknown) =>
      send<T>(path, { query: `?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}` }),
  };
}

interface SessionView {
  bundle: Bundle;
  answers: Answers;
  revision: number;
}

/**
 * The counter's loop: interview() on the answers the server returned picks the next step, the value
 * comes from `target` (a group's count as a number, which the server turns into a list), and the
 * server's answers become the screen's. Returns the determinations of both sides.
 */
async function answerAtTheCounter(
  target: Answers,
): Promise<{ server: Determination; browser: Determination }> {
  const { api, sessionId } = await demoCounter();
  const start = await api.query<SessionView>("counter.session", { sessionId });
  const { bundle } = start;
  let { answers, revision } = start;
  for (let asked = 0; ; asked++) {
    const { next, errors } = interview(bundle, answers);
    expect(errors).toEqual({});
    if (!next) break;
    if (asked > 400) throw new Error("the interview does not end");
    const given = getAnswer(target, next.path);
    const value = next.isCount && Array.isArray(given) ? given.length : given;
    if (value === undefined) throw new Error(`no answer for ${next.path}`);
    ({ answers, revision } = await api.mutate<SessionView>("counter.answer", {
      sessionId,
      path: next.path,
      value,
      revision,
    }));
  }
  const stored = await api.query<SessionView>("counter.session", { sessionId });
  const browser = determine(stored.bundle, stored.answers);
  const { determination: server } = await api.mutate<{ determination: Determination }>("counter.finish", {
    sessionId,
  });
  return { server, browser };
}

/** A household of `size` by a fixed pseudo-random walk: parents, grandparents, children. */
function generatedHousehold(size: number, start = size * 7919): Answers {
  let seed = start;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)] as T;
  const members = Array.from({ length: size }, (_x, i) => {
    const year = i < 2 ? 1940 + Math.floor(next() * 50) : 2005 + Math.floor(next() * 20);
    const birthDate = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, "0")}-0${1 + Math.floor(next() * 9)}`;
    return person(`東雲 ${i + 1}`, birthDate, {
      relationship: i === 0 ? "世帯主" : i === 1 ? "妻" : "子",
      insurance: pick(["employer", "kokuho", "kouki", "none"]),
      hasMyNumberCard: next() < 0.5,
      wantsSealRegistration: next() < 0.5,
      wantsResidenceCertificate: Math.floor(next() * 3),
      handbooks: next() < 0.3 ? [pick(["physical", "intellectual", "mental"])] : [],
      marushoRecipient: next() < 0.5,
      careCertified: next() < 0.3,
      livesAlone: next() < 0.5,
    });
  });
  const moveType = pick(["tennyu", "tenkyo", "tenshutsu"]);
  return household(moveType, members, {
    fromAbroad: next() < 0.3,
    singleParentHousehold: next() < 0.3,
    publicSchool: true,
    childMedicalRecipient: true,
  }) as Answers;
}

/** Random valid answers for every question: the browser asks only the visible ones. */
const randomHousehold = fc
  .record({
    size: fc.integer({ min: 1, max: 12 }),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    moveType: fc.constantFrom("tennyu", "tenkyo", "tenshutsu"),
    householdStatus: fc.constantFrom("new", "join", "whole"),
    fromAbroad: fc.boolean(),
    role: fc.constantFrom("self", "household", "agent"),
  })
  .map(({ size, seed, moveType, householdStatus, fromAbroad, role }) => {
    const base = generatedHousehold(size, seed);
    return {
      ...base,
      moveType,
      householdStatus,
      fromAbroad,
      headOfHousehold: { name: "東雲 一郎", kana: "シノノメ イチロウ" },
      applicant: { ...(base.applicant as Answers), role },
      childAllowanceClaimant: seed % size,
    } as Answers;
  });

describe("browser and server agree on the determination", () => {
  it.each([1, 6, 12])("for a generated household of %i", async (size) => {
    const { server, browser } = await answerAtTheCounter(generatedHousehold(size));
    expect(server).toEqual(browser);
    // Every member went through: 住民異動届 lists them all, and more than one procedure applies.
    expect(server.procedures.find((p) => p.key === "P01")?.members).toHaveLength(size);
    expect(server.procedures.length).toBeGreaterThanOrEqual(5);
    expect(server.referenceDate).toBe("2025-04-01");
  });

  it("for random valid households", async () => {
    await fc.assert(
      fc.asyncProperty(randomHousehold, async (target) => {
        const { server, browser } = await answerAtTheCounter(target);
        expect(server).toEqual(browser);
        expect(server.stale).toEqual([]);
      }),
      { numRuns: 4, seed: 20261128 },
    );
  }, 120_000);
});
