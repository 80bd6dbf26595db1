import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import { schema } from "@kakanai/db";
import {
  answerLimits,
  type Bundle,
  interview,
  parseBundle,
  residentBundle,
  validateStoredAnswers,
} from "@kakanai/engine";
import { eq } from "drizzle-orm";
import fc from "fast-check";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unrepresentableValues } from "../../test/hostile-values";
import { residentAnswers } from "../../test/resident-answers";
import { type RawRequest, type RawResponse, sendRaw, serveRouteHandlers } from "../../test/route-server";
import { useTestDb } from "../../test/test-db";
import { createTrpcRouteHandler } from "../next";
import { publishedDemoFlow } from "../pdf/testing/demo-session";
import { portalAppRouter } from "../portal-root";
import { requestLimits } from "./bounded-request";
import { installPeerStamp } from "./peer-stamp";

/*
 * An HTTP fuzz of the residents' portal (the app that faces the internet): its route handler, as
 * apps/portal mounts it (portalAppRouter, cookie kk_portal), behind node:http with the peer stamp,
 * gets a few hundred generated requests — pre-applications with unknown, staff-only and prototype
 * keys, hostile values, huge strings, deep nesting, groups past their maximum, wrong flows — and
 * staff procedures, odd cookies and malformed bodies. No response may be a 5xx, every refusal is in
 * Japanese, and every stored pre-application is a complete set of the flow's resident answers.
 */

const db = useTestDb();
const cookieName = "kk_portal";
const runs = Number(process.env.KAKANAI_PORTAL_FUZZ_RUNS ?? 400);
// Each request from its own loopback address, so the per-address limit (10 an hour) does not hide the
// checks behind it; the limit itself is pre-apply.test.ts's and http-hardening.spec's.
const octet = 1 + Math.floor(Math.random() * 250);
let sent = 0;
const nextPeer = () => {
  sent += 1;
  return `127.${octet}.${Math.floor(sent / 250) % 250}.${2 + (sent % 250)}`;
};

interface Fixture {
  server: Server;
  base: string;
  municipalityId: string;
  bundleId: string;
  otherBundleId: string;
  resident: Bundle;
}
let fx: Fixture;

beforeAll(async () => {
  installPeerStamp();
  const demo = await publishedDemoFlow(db, { flowKey: "jumin-idou" });
  const other = await publishedDemoFlow(db, { flowKey: "jumin-idou" });
  const trpc = createTrpcRouteHandler({
    getDb: () => db,
    router: portalAppRouter,
    cookieName,
    portalCity: () => demo.city.name,
  });
  const { server, base } = await serveRouteHandlers([{ prefix: "/api/trpc", handler: trpc }]);
  const [row] = await db
    .select({ document: schema.bundles.document })
    .from(schema.bundles)
    .where(eq(schema.bundles.id, demo.bundleId));
  const resident = residentBundle(parseBundle(row?.document));
  if (!resident) throw new Error("the demo 住民異動 has no resident questions");
  fx = {
    server,
    base,
    municipalityId: demo.city.id,
    bundleId: demo.bundleId,
    otherBundleId: other.bundleId,
    resident,
  };
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => fx?.server.close(resolve));
});

interface FuzzRequest extends RawRequest {
  kind: string;
}

/** The body as the tRPC client sends it; text (with own `__proto__` keys) goes in as written. */
function submitBody(bundleId: string, answers: unknown): string {
  if (typeof answers === "string") return `{"json":{"bundleId":"${bundleId}","answers":${answers}}}`;
  try {
    return JSON.stringify(superjson.serialize({ bundleId, answers }));
  } catch {
    return JSON.stringify({ json: { bundleId, answers } }, (_k, v) =>
      typeof v === "bigint" ? v.toString() : v,
    );
  }
}

function post(procedure: string, body: string, kind: string, headers: Record<string, string> = {}) {
  return {
    kind,
    method: "POST",
    path: `/api/trpc/${procedure}`,
    headers: { "content-type": "application/json", ...headers },
    body,
  } satisfies FuzzRequest;
}

// ---- generators -------------------------------------------------------------------------------

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom<unknown>(
    1e308,
    -1,
    2 ** 53 + 2,
    1.5,
    -0,
    13,
    1_000_000,
    "x".repeat(answerLimits.textLength + 1),
    "あ".repeat(200_000),
    "\u0000",
    "a\uD800b",
    "2025-02-30",
    "tennyu ",
    {},
    [],
    [[[[[[]]]]]],
    { postalCode: 1350061 },
  ),
  fc.constantFrom<unknown>(...unrepresentableValues),
  fc.string({ unit: "binary", maxLength: 20 }),
);

const member = (i: number) => ({
  name: `港 ${"一二三四五六七八九十"[i % 10]}`,
  kana: "ミナト",
  birthDate: "1990-01-01",
  sex: i % 2 ? "M" : "F",
  relationship: i === 0 ? "世帯主" : "子",
});

const validAnswers = fc.integer({ min: 1, max: 12 }).map((n) => ({
  ...residentAnswers(),
  members: Array.from({ length: n }, (_, i) => member(i)),
}));

const residentKeys = Object.keys(residentAnswers());
const wrongKeys = fc.constantFrom(
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "childAllowanceClaimant",
  "publicSchool",
  "applicant.role",
  "members.0.name",
  "note",
  "",
  "a".repeat(300),
);

/** Resident answers with one thing wrong (or, now and then, nothing wrong). */
const answerVariants: fc.Arbitrary<{ kind: string; answers: unknown }> = fc.oneof(
  validAnswers.map((answers) => ({ kind: "submit (valid)", answers })),
  fc.tuple(validAnswers, wrongKeys, hostileValue).map(([a, key, value]) => ({
    kind: `submit (key ${key.slice(0, 20)})`,
    answers: { ...a, [key]: value },
  })),
  fc
    .tuple(validAnswers, fc.constantFrom(...residentKeys), hostileValue)
    .map(([a, key, value]) => ({ kind: `submit (bad ${key})`, answers: { ...a, [key]: value } })),
  fc.tuple(validAnswers, fc.constantFrom(...residentKeys)).map(([a, key]) => {
    const { [key]: _, ...rest } = a as Record<string, unknown>;
    return { kind: `submit (no ${key})`, answers: rest };
  }),
  fc.tuple(fc.constantFrom(13, 14, 50, 1000), fc.boolean()).map(([n, asCount]) => ({
    kind: `submit (${n} members${asCount ? ", as a count" : ""})`,
    answers: { ...residentAnswers(), members: asCount ? n : Array.from({ length: n }, (_, i) => member(i)) },
  })),
  fc
    .tuple(
      fc.constantFrom("name", "kana", "birthDate", "sex", "insurance", "nationality", "constructor", "0"),
      hostileValue,
    )
    .map(([key, value]) => ({
      kind: `submit (member ${key})`,
      answers: { ...residentAnswers(), members: [{ ...member(0), [key]: value }] },
    })),
  fc
    .tuple(fc.constantFrom("applicant", "oldAddress", "newAddress"), fc.dictionary(wrongKeys, hostileValue))
    .map(([key, value]) => ({
      kind: `submit (object ${key})`,
      answers: {
        ...residentAnswers(),
        [key]: { ...(residentAnswers()[key as "applicant"] ?? {}), ...value },
      },
    })),
  // Own `__proto__` keys, as JSON.parse makes them: they must not fill answers in through a prototype.
  fc
    .constantFrom(
      `{"__proto__":${JSON.stringify(residentAnswers())}}`,
      `{"moveType":"tennyu","__proto__":{"moveDate":"2026-11-20"}}`,
      `${JSON.stringify(residentAnswers()).slice(0, -1)},"__proto__":{"polluted":1}}`,
      `${JSON.stringify(residentAnswers()).slice(0, -1)},"members":[{"__proto__":${JSON.stringify(member(0))}}]}`,
      `${JSON.stringify(residentAnswers()).slice(0, -1)},"applicant":{"__proto__":{"name":"港","kana":"ミナト","phone":"090"}}}`,
      `${JSON.stringify(residentAnswers()).slice(0, -1)},"constructor":{"prototype":{"polluted":1}}}`,
    )
    .map((answers) => ({ kind: "submit (__proto__ text)", answers })),
  fc.integer({ min: 20, max: 200 }).map((depth) => ({
    kind: `submit (nesting ${depth})`,
    answers: `${JSON.stringify(residentAnswers()).slice(0, -1)},"note":${"[".repeat(depth)}${"]".repeat(depth)}}`,
  })),
  fc.jsonValue({ maxDepth: 3 }).map((answers) => ({ kind: "submit (any JSON)", answers })),
);

const submits: fc.Arbitrary<FuzzRequest> = fc
  .tuple(answerVariants, fc.constantFrom("own", "own", "own", "own", "other city", "unknown", "not a uuid"))
  .map(([{ kind, answers }, flow]) => {
    const bundleId =
      flow === "own"
        ? fx.bundleId
        : flow === "other city"
          ? fx.otherBundleId
          : flow === "unknown"
            ? randomUUID()
            : "../../etc";
    return post("portal.submit", submitBody(bundleId, answers), flow === "own" ? kind : `${kind}, ${flow}`);
  });

const staffProcedures: fc.Arbitrary<FuzzRequest> = fc
  .constantFrom(
    "auth.login",
    "auth.me",
    "auth.logout",
    "counter.start",
    "counter.answer",
    "counter.startFromPreApplication",
    "studio.flows.save",
    "admin.staff.create",
    "setup.createFirstCity",
    "portal.constructor",
    "portal.__proto__",
    "constructor",
  )
  .map((procedure) =>
    post(
      procedure,
      JSON.stringify({ json: { loginId: "admin", password: "shinonome" } }),
      `staff ${procedure}`,
    ),
  );

const malformed: fc.Arbitrary<FuzzRequest> = fc
  .oneof(
    fc.string({ maxLength: 200 }),
    fc.constantFrom(
      '{"json":',
      "null",
      "[]",
      '{"json":null}',
      `{"json":{"bundleId":"\\u0000","answers":{}}}`,
      `{"json":{"bundleId":"${randomUUID()}","answers":{"moveType":"\\ud800"}}}`,
      `{"json":{"bundleId":"${randomUUID()}","answers":{"\\u0000":1}}}`,
      `{"json":{"bundleId":"${randomUUID()}","answers":{"moveDate":1e999}}}`,
      '{"json":{"a":{}},"meta":{"referentialEqualities":{"":["a"]}}}',
      '{"json":{"__proto__":{"polluted":1}},"meta":{"values":{"__proto__":["undefined"]}}}',
    ),
    fc
      .constantFrom(requestLimits.bodyBytes + 1, 3 * requestLimits.bodyBytes)
      .map((size) => `{"json":{"bundleId":"${randomUUID()}","answers":{"note":"${"0".repeat(size)}"}}}`),
  )
  .map((body) => ({ ...post("portal.submit", body, `malformed ${body.slice(0, 30)}`), mayBeCutOff: true }));

/** The studio's larger limits (a flow draft, a form PDF) are not the portal's: 1 MB for every path. */
const largeStaffBodies: fc.Arbitrary<FuzzRequest> = fc
  .tuple(
    fc.constantFrom("studio.flows.save", "studio.forms.upload", "portal.submit,studio.forms.upload"),
    fc.constantFrom(requestLimits.bodyBytes + 1, 3 * requestLimits.bodyBytes),
  )
  .map(([procedure, size]) => ({
    ...post(`${procedure}${procedure.includes(",") ? "?batch=1" : ""}`, `{"json":"${"0".repeat(size)}"}`, ""),
    kind: `large body ${size} → ${procedure}`,
    mayBeCutOff: true,
  }));

const reads: fc.Arbitrary<FuzzRequest> = fc
  .oneof(
    fc.constantFrom(
      "/api/trpc/portal.flows",
      "/api/trpc/portal.flows,portal.flows?batch=1",
      `/api/trpc/${Array(60).fill("portal.flows").join(",")}?batch=1`,
      "/api/trpc/portal.flow?input=%7B",
      "/api/trpc/portal.flow?input=%00",
      "/api/trpc/auth.me",
      "/api/trpc/counter.session",
      "/api/trpc/%ED%A0%80",
    ),
    fc
      .oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant({ json: { bundleId: "BUNDLE" } }))
      .map(
        (v) =>
          `/api/trpc/portal.flow?input=${encodeURIComponent(JSON.stringify(v).replace("BUNDLE", fx.bundleId))}`,
      ),
  )
  .map((path) => ({ kind: `GET ${path.slice(0, 60)}`, method: "GET", path, headers: {} }));

/** A cookie under the portal's name, well-formed or not: the portal has no login, so none counts. */
const oddCookies: fc.Arbitrary<FuzzRequest> = fc
  .tuple(
    fc.constantFrom(
      `${cookieName}=%E0%A4%A`,
      `${cookieName}=%00`,
      `${cookieName}=${"A".repeat(43)}`,
      `${cookieName}=a; ${cookieName}=b`,
      `${cookieName}=${"x".repeat(9000)}`,
      "kk_counter=abc; kk_studio=def",
      ";;;;",
    ),
    validAnswers,
  )
  .map(([cookie, answers]) =>
    post("portal.submit", submitBody(fx.bundleId, answers), "submit (valid) with an odd cookie", { cookie }),
  );

const crossSite: fc.Arbitrary<FuzzRequest> = fc
  .tuple(
    fc.constantFrom<Record<string, string>>(
      { origin: "http://evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
    ),
    validAnswers,
  )
  .map(([headers, answers]) =>
    post("portal.submit", submitBody(fx.bundleId, answers), `cross-site ${JSON.stringify(headers)}`, headers),
  );

const requests: fc.Arbitrary<FuzzRequest> = fc
  .oneof(
    { weight: 20, arbitrary: submits },
    { weight: 3, arbitrary: staffProcedures },
    { weight: 3, arbitrary: malformed },
    { weight: 1, arbitrary: largeStaffBodies },
    { weight: 3, arbitrary: reads },
    { weight: 2, arbitrary: oddCookies },
    { weight: 1, arbitrary: crossSite },
  )
  // A failing request is reported by what it meant to send (bodies run to megabytes).
  .map((req) =>
    Object.assign(req, { [fc.toStringMethod]: () => `${req.kind} (${req.method} ${req.path.slice(0, 80)})` }),
  );

/** The first error message of a tRPC answer (one call or a batch); null when the body is not one. */
function refusalMessage(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as unknown;
    const first = (Array.isArray(parsed) ? parsed.find((p) => p?.error) : parsed) as
      | { error?: { json?: { message?: unknown } } }
      | undefined;
    const message = first?.error?.json?.message;
    return typeof message === "string" ? message : null;
  } catch {
    return null;
  }
}

function expectations(req: FuzzRequest, res: RawResponse): void {
  if (res.status >= 500) throw new Error(`${req.kind}: ${res.status} ${res.body.slice(0, 300)}`);
  if (res.status >= 400 && res.body.length > 0) {
    expect(res.body, req.kind).toMatch(/[ぁ-んァ-ヶ一-龠]/);
    // The message itself, as the portal's page shows it: words, never a dump of the input's issues.
    const message = refusalMessage(res.body);
    if (message !== null) expect(message, req.kind).not.toMatch(/^\s*[[{]|"code"|invalid_|expected/);
  }
  // The portal holds no session: it never sets a cookie.
  expect(res.setCookie, req.kind).toBeUndefined();
  if (req.kind.startsWith("staff ")) expect(res.status, req.kind).toBe(404);
  if (req.kind.startsWith("large body")) expect([0, 413], req.kind).toContain(res.status);
  if (req.kind.startsWith("cross-site")) expect(res.status, req.kind).toBe(403);
  if (req.kind === "submit (valid)" || req.kind === "submit (valid) with an odd cookie")
    expect(res.status, `${req.kind}: ${res.body}`).toBe(200);
}

describe("HTTP fuzz of the residents' portal", () => {
  it(`answers ${runs} generated requests without a 5xx and stores only complete resident answers`, async () => {
    const statuses = new Map<number, number>();
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(requests, async (req) => {
        const res = await sendRaw(fx.base, { ...req, localAddress: nextPeer() });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (req.path.startsWith("/api/trpc/portal.submit") && res.status === 200) accepted++;
        expectations(req, res);
      }),
      { numRuns: runs, endOnFailure: true },
    );
    const summary = [...statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
    console.info(`portal fuzz: ${summary.join(" ")}; pre-applications stored: ${accepted}`);
    expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
    expect(accepted).toBeGreaterThan(runs / 20);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(runs / 5);
    // Nothing leaked onto every object's prototype.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    // Every stored pre-application: exactly the flow's resident answers, complete, nothing else.
    const rows = await db
      .select({ answers: schema.preApplications.answers, bundleId: schema.preApplications.bundleId })
      .from(schema.preApplications)
      .where(eq(schema.preApplications.municipalityId, fx.municipalityId));
    expect(rows).toHaveLength(accepted);
    for (const row of rows) {
      expect(row.bundleId).toBe(fx.bundleId);
      expect(Object.getPrototypeOf(row.answers)).toBe(Object.prototype);
      expect(validateStoredAnswers(fx.resident, row.answers)).toEqual([]);
      const state = interview(fx.resident, row.answers as never);
      expect(state.errors).toEqual({});
      expect(state.done).toBe(true);
    }
  }, 120_000);
});
