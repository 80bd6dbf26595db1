import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import { createDepartment, createFlow, schema } from "@kakanai/db";
import { composeDemoBundle, demoDepartments, juminIdouFlow } from "@kakanai/demo-city";
import {
  answerLimits,
  type Bundle,
  type ItemQuestion,
  parseBundle,
  type Question,
  validateStoredAnswers,
} from "@kakanai/engine";
import { and, eq, sql } from "drizzle-orm";
import fc from "fast-check";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestCity, createTestStaff, testPassword } from "../../test/factories";
import { unrepresentableValues } from "../../test/hostile-values";
import { type RawResponse, sendRaw, serveRouteHandlers } from "../../test/route-server";
import { useTestDb } from "../../test/test-db";
import { createPdfRouteHandler, createTrpcRouteHandler } from "../next";
import { putDemoFormAssets } from "../pdf/testing/demo-session";
import { publishFlow } from "../studio/publish-flow";
import { requestLimits } from "./bounded-request";

/*
 * An HTTP fuzz of the counter: the same route handlers the Next app mounts, served by a plain
 * node:http server, get a few thousand generated requests (malformed JSON, wrong types, huge
 * numbers, deep nesting, NUL and lone surrogates, odd cookies, unknown procedures, answers with bad
 * paths and values among valid ones). No response may be a 5xx, and afterwards every stored session
 * must still be inside its flow's shape, with one "answered" event per revision.
 */

const db = useTestDb();
const cookieName = "kk_fuzz";
const runs = Number(process.env.KAKANAI_FUZZ_RUNS ?? 3000);

interface Fixture {
  base: string;
  server: Server;
  cookie: string;
  municipalityId: string;
  bundle: Bundle;
  sessions: string[];
  revisions: Map<string, number>;
}

let fx: Fixture;

beforeAll(async () => {
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
  const { server, base } = await serve();
  fx = {
    base,
    server,
    cookie: "",
    municipalityId: test.city.id,
    bundle: {} as Bundle,
    sessions: [],
    revisions: new Map(),
  };
  const login = await send(post("auth.login", { loginId: clerk.loginId, password: testPassword }));
  expect(login.status).toBe(200);
  fx.cookie = (login.setCookie ?? "").split(";")[0] ?? "";
  for (let i = 0; i < 3; i++) {
    const started = await send(post("counter.start", { bundleId }));
    const { sessionId } = result<{ sessionId: string }>(started.body);
    fx.sessions.push(sessionId);
    fx.revisions.set(sessionId, 0);
  }
  const view = await send(get("counter.session", { sessionId: fx.sessions[0] }));
  fx.bundle = parseBundle(result<{ bundle: unknown }>(view.body).bundle);
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => fx?.server.close(resolve));
});

/** The Next app's route handlers behind node:http, as `next start` would call them. */
async function serve(): Promise<{ server: Server; base: string }> {
  const trpc = createTrpcRouteHandler({ getDb: () => db, cookieName });
  const slip = createPdfRouteHandler({ getDb: () => db, cookieName, kind: "slip" });
  return serveRouteHandlers([
    { prefix: "/api/pdf/slip", handler: slip },
    { prefix: "/api/trpc", handler: trpc },
  ]);
}

interface FuzzRequest {
  /** What the generator meant to send (shown when a request fails). */
  kind: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Use the clerk's session cookie (else only `headers.cookie`, if any). */
  auth?: boolean;
  /** counter.answer on a known session at its current revision: the revision is filled in when sent. */
  answer?: { sessionIndex: number; path: string; value: unknown; wrap: "superjson" | "raw" };
}

type FuzzResponse = RawResponse;

/** As the tRPC client sends it; superjson refuses keys like `constructor`, which go as plain JSON. */
function envelope(input: unknown): string {
  try {
    return JSON.stringify(superjson.serialize(input));
  } catch {
    return `{"json":${rawJson(input)}}`;
  }
}

function rawJson(input: unknown): string {
  return JSON.stringify(input, (_key, v) => (typeof v === "bigint" ? v.toString() : v)) ?? "null";
}

function post(procedure: string, input: unknown, extra: Partial<FuzzRequest> = {}): FuzzRequest {
  return {
    kind: procedure,
    method: "POST",
    path: `/api/trpc/${procedure}`,
    headers: { "content-type": "application/json" },
    body: envelope(input),
    auth: true,
    ...extra,
  };
}

function get(procedure: string, input: unknown): FuzzRequest {
  const query = encodeURIComponent(envelope(input));
  return { kind: procedure, method: "GET", path: `/api/trpc/${procedure}?input=${query}`, auth: true };
}

function result<T>(body: string): T {
  const parsed = JSON.parse(body) as { result?: { data: never } };
  if (!parsed.result) throw new Error(`no result: ${body.slice(0, 300)}`);
  return superjson.deserialize<T>(parsed.result.data);
}

function send(req: FuzzRequest): Promise<FuzzResponse> {
  let body = req.body;
  const headers: Record<string, string> = { ...req.headers };
  if (req.auth && fx.cookie) headers.cookie = headers.cookie ? `${headers.cookie}; ${fx.cookie}` : fx.cookie;
  if (req.answer) {
    const sessionId = fx.sessions[req.answer.sessionIndex % fx.sessions.length] ?? "";
    const input = {
      sessionId,
      path: req.answer.path,
      value: req.answer.value,
      revision: fx.revisions.get(sessionId) ?? 0,
    };
    body = req.answer.wrap === "superjson" ? envelope(input) : rawJson(input);
  }
  // A refused upload may be cut off while still sending: the answer, if it came, counts.
  return sendRaw(fx.base, {
    method: req.method,
    path: req.path,
    headers,
    body,
    mayBeCutOff: req.kind.startsWith("body of"),
  });
}

/** After an answer, the revision the server now has (so later valid answers are applied, not 409). */
async function track(req: FuzzRequest, res: FuzzResponse): Promise<void> {
  if (!req.answer) return;
  const sessionId = fx.sessions[req.answer.sessionIndex % fx.sessions.length] ?? "";
  if (res.status === 200) fx.revisions.set(sessionId, result<{ revision: number }>(res.body).revision);
  if (res.status === 409) {
    const [row] = await db
      .select({ revision: schema.counterSessions.revision })
      .from(schema.counterSessions)
      .where(eq(schema.counterSessions.id, sessionId));
    fx.revisions.set(sessionId, row?.revision ?? 0);
  }
}

// ---- generators -------------------------------------------------------------------------------

const japanese = fc.constantFrom("東雲 太郎", "シノノメ タロウ", "港町1-2-3", "𠮷野家", "😀", "ｱｲｳ", "");
const unstorable = fc.constantFrom(
  "\u0000",
  "a\u0000b",
  "\uD800",
  "x\uDFFFy",
  "\uDBFF\uDBFF",
  "\uDC00\uD800",
);
const hugeNumber = fc.constantFrom(
  1e9,
  2 ** 53,
  2 ** 53 + 2,
  100_000,
  2 ** 31,
  -(2 ** 31) - 1,
  1e308,
  -1,
  1.5,
  -0,
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  hugeNumber,
  unstorable,
  fc.constantFrom<unknown>(
    {},
    [],
    [{}],
    { 0: 1 },
    "true",
    "2025-02-30",
    "x".repeat(answerLimits.textLength + 1),
  ),
  fc.constantFrom<unknown>(...unrepresentableValues),
  fc.string({ unit: "binary", maxLength: 20 }),
);

function goodValue(q: Question | ItemQuestion): fc.Arbitrary<unknown> {
  const options = (q.options ?? []).map((o) => o.value);
  switch (q.kind) {
    case "text":
      return fc.oneof(japanese, fc.string({ maxLength: 20 }));
    case "kana":
      return fc.constantFrom("シノノメ　タロウ", "ヤマダ", "アイウエオ");
    case "number":
      return fc.integer({ min: q.min ?? -100, max: q.max ?? 100 });
    case "date":
      return fc.constantFrom("2025-04-01", "1950-01-31", "2024-02-29", "2010-12-31");
    case "boolean":
      return fc.boolean();
    case "choice":
      return options.length ? fc.constantFrom(...options) : fc.string();
    case "multi":
      return fc.subarray(options);
    case "address":
      return fc.constant({
        postalCode: "135-0061",
        prefecture: "東京都",
        city: "東雲市",
        town: "港町",
        banchi: "1-2-3",
      });
    default:
      return fc.constant(true);
  }
}

function answerTargets(bundle: Bundle): { path: string; value: fc.Arbitrary<unknown> }[] {
  return bundle.questions.flatMap((q) => {
    if (q.kind !== "group") return [{ path: q.key, value: goodValue(q) }];
    const max = q.maxItems ?? answerLimits.defaultMaxItems;
    return [
      { path: q.key, value: fc.integer({ min: q.minItems ?? 0, max }) as fc.Arbitrary<unknown> },
      ...(q.questions ?? []).flatMap((item) =>
        [0, 1, 2, max - 1].map((i) => ({ path: `${q.key}.${i}.${item.key}`, value: goodValue(item) })),
      ),
    ];
  });
}

const badAnswerPath = fc.oneof(
  fc.constantFrom(
    "constructor",
    "prototype",
    "__proto__",
    "toString",
    "valueOf",
    "members.constructor",
    "members.0.__proto__",
    "members.12.name",
    "members.999.name",
    "members.0",
    "applicant",
    "applicant.constructor",
    "moveDate.length",
    "members.-1.name",
    "members.1e3.name",
    "",
    "a".repeat(300),
  ),
  fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,10}(\.([A-Za-z_][A-Za-z0-9_]{0,10}|\d{1,4})){0,3}$/),
);

function answerRequests(bundle: Bundle): fc.Arbitrary<FuzzRequest> {
  const targets = answerTargets(bundle);
  const wrap = fc.constantFrom<"superjson" | "raw">("superjson", "superjson", "superjson", "raw");
  const answer = (path: fc.Arbitrary<string>, value: fc.Arbitrary<unknown>, kind: string) =>
    fc.record({ sessionIndex: fc.nat(2), path, value, wrap }).map(
      // Without superjson's envelope tRPC sees no input: those are refusals, whatever the answer.
      (a): FuzzRequest => ({
        ...post("counter.answer", null),
        kind: a.wrap === "raw" ? `${kind}, no envelope` : kind,
        answer: a,
      }),
    );
  const valid = fc
    .constantFrom(...targets)
    .chain((t) => answer(fc.constant(t.path), t.value, "answer (valid)"));
  const wrongValue = fc
    .constantFrom(...targets)
    .chain((t) => answer(fc.constant(t.path), hostileValue, "answer (bad value)"));
  const wrongPath = answer(
    badAnswerPath,
    fc.oneof(hostileValue, japanese, fc.constant(null)),
    "answer (bad path)",
  );
  const subtree = answer(
    fc.constantFrom("members", "applicant", "headOfHousehold", "newAddress"),
    fc.oneof(
      fc.array(
        fc.dictionary(
          fc.constantFrom("name", "kana", "birthDate", "bogus", "__proto__"),
          fc.oneof(japanese, hostileValue),
        ),
        {
          maxLength: 14,
        },
      ),
      fc.dictionary(
        fc.constantFrom("name", "kana", "role", "phone", "constructor", "postalCode"),
        fc.oneof(japanese, hostileValue),
      ),
    ),
    "answer (object)",
  );
  const badRevision = fc
    .record({
      sessionId: fc.oneof(fc.uuid(), fc.constantFrom("not-a-uuid", "")),
      path: fc.constantFrom("moveDate", "members"),
      value: fc.oneof(goodValue({ kind: "date" } as Question), hugeNumber),
      revision: fc.oneof(hugeNumber, fc.constantFrom<unknown>("0", null, 2 ** 31 - 1, 2 ** 31)),
    })
    .map((input) => post("counter.answer", input, { kind: "answer (bad revision or session)" }));
  return fc.oneof(
    { weight: 8, arbitrary: valid },
    { weight: 4, arbitrary: wrongValue },
    { weight: 3, arbitrary: wrongPath },
    { weight: 2, arbitrary: subtree },
    { weight: 1, arbitrary: badRevision },
  );
}

function deepJson(depth: number, open = "[", close = "]"): string {
  return `{"json":{"sessionId":"${randomUUID()}","path":"moveDate","value":${open.repeat(depth)}${close.repeat(depth)},"revision":0}}`;
}

const malformedBodies: fc.Arbitrary<FuzzRequest> = fc
  .oneof(
    fc.string({ maxLength: 200 }).map((s) => ({ kind: "random text", body: s as string | Uint8Array })),
    fc.string({ unit: "binary", maxLength: 100 }).map((s) => ({ kind: "random unicode", body: s })),
    fc
      .constantFrom(
        '{"json":',
        '{"json":{"sessionId":',
        "null",
        "[]",
        "0",
        '"x"',
        "{}",
        '{"json":null}',
        '{"json":{},"meta":{"values":{"x":["bigint"]}}}',
        '{"json":{"a":1},"meta":{"values":{"a":["custom","nope"]}}}',
        '{"json":{"a":{}},"meta":{"referentialEqualities":{"":["a"]}}}',
        '{"json":{"sessionId":"00000000-0000-0000-0000-000000000000","path":"applicant","value":{"name":{"b":{}}},"revision":0},"meta":{"referentialEqualities":{"value.name":["value.name.b"]}}}',
        '{"json":{"__proto__":{"polluted":1}},"meta":{"values":{"__proto__":["undefined"]}}}',
        '{"json":{"sessionId":"00000000-0000-0000-0000-000000000000","path":"moveDate","value":"\\u0000","revision":0}}',
        '{"json":{"sessionId":"00000000-0000-0000-0000-000000000000","path":"moveDate","value":"\\ud800","revision":0}}',
        '{"json":{"sessionId":"00000000-0000-0000-0000-000000000000","path":"\\u0000","value":1,"revision":0}}',
        '{"json":{"sessionId":"00000000-0000-0000-0000-000000000000","path":"moveDate","value":1e999,"revision":0}}',
        '{"json":{"sessionId":"00000000-0000-0000-0000-000000000000","path":"moveDate","value":1,"revision":1e999}}',
      )
      .map((body) => ({ kind: "malformed JSON", body: body as string | Uint8Array })),
    fc
      .integer({ min: requestLimits.jsonDepth - 2, max: 5000 })
      .map((d) => ({ kind: `nesting ${d}`, body: deepJson(d) as string | Uint8Array })),
    fc.integer({ min: 60, max: 4000 }).map((d) => ({
      kind: `object nesting ${d}`,
      body: deepJson(d, '{"a":', "}").replace(/\{"a":\}/, '{"a":1}'),
    })),
    fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 40 }).map((bytes) => ({
      kind: "raw bytes",
      body: new Uint8Array([0x7b, 0x22, ...bytes, 0x22, 0x7d]) as string | Uint8Array,
    })),
    fc.constantFrom(
      {
        kind: "invalid UTF-8 (surrogate bytes)",
        body: new Uint8Array([0x7b, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x3a, 0x31, 0x7d]),
      },
      { kind: "invalid UTF-8 (0xff)", body: new Uint8Array([0x22, 0xff, 0x22]) },
    ),
  )
  .chain(({ kind, body }) =>
    fc
      .constantFrom("counter.answer", "auth.login", "counter.start", "counter.finish", "studio.flows.save")
      .map(
        (procedure): FuzzRequest => ({
          kind: `${kind} → ${procedure}`,
          method: "POST",
          path: `/api/trpc/${procedure}`,
          headers: { "content-type": "application/json" },
          body,
          auth: true,
        }),
      ),
  );

const oversized: fc.Arbitrary<FuzzRequest> = fc
  .constantFrom(requestLimits.bodyBytes + 1, 2 * requestLimits.bodyBytes, 5 * 1024 * 1024)
  .map((size) => ({
    kind: `body of ${size} bytes`,
    method: "POST",
    path: "/api/trpc/counter.answer",
    headers: { "content-type": "application/json" },
    body: envelope({
      sessionId: randomUUID(),
      path: "applicant.phone",
      value: "0".repeat(size),
      revision: 0,
    }),
    auth: true,
  }));

const cookieText = fc.oneof(
  fc.string({ maxLength: 80 }).filter((s) => /^[\x21-\x7e ]*$/.test(s)),
  fc.constantFrom(
    `${cookieName}=%E0%A4%A`,
    `${cookieName}=%`,
    `${cookieName}=%00`,
    `${cookieName}=%ED%A0%80`,
    `${cookieName}=${"A".repeat(43)}`,
    `${cookieName}=${"%41".repeat(43)}`,
    `${cookieName}=`,
    `${cookieName}`,
    `=${cookieName}`,
    `${cookieName}=a; ${cookieName}=b`,
    `${cookieName}=${"x".repeat(9000)}`,
    ";;;;",
  ),
);

const oddCookies: fc.Arbitrary<FuzzRequest> = fc
  .tuple(
    cookieText,
    fc.constantFrom<FuzzRequest>(
      { kind: "me", method: "GET", path: "/api/trpc/auth.me" },
      { kind: "flows", method: "GET", path: "/api/trpc/counter.flows" },
      post("auth.login", { loginId: "nobody", password: "x" }),
      post("counter.answer", { sessionId: randomUUID(), path: "moveDate", value: "2025-04-01", revision: 0 }),
      { kind: "slip", method: "GET", path: `/api/pdf/slip?session=${randomUUID()}` },
    ),
  )
  .map(([cookie, req]) => ({
    ...req,
    kind: `cookie ${JSON.stringify(cookie.slice(0, 40))} → ${req.kind}`,
    auth: false,
    headers: { ...req.headers, cookie },
  }));

const oddPaths: fc.Arbitrary<FuzzRequest> = fc
  .oneof(
    fc.constantFrom(
      "/api/trpc/constructor",
      "/api/trpc/__proto__",
      "/api/trpc/toString",
      "/api/trpc/counter.__proto__",
      "/api/trpc/counter.constructor.name",
      "/api/trpc/nope.nope",
      "/api/trpc/",
      "/api/trpc",
      "/api/trpc/%ZZ",
      "/api/trpc/%E0%A4%A",
      "/api/trpc/%00",
      "/api/trpc/counter.answer%00",
      "/api/trpc/%ED%A0%80",
      `/api/trpc/${Array(60).fill("auth.me").join(",")}?batch=1`,
      "/api/trpc/auth.me,counter.flows?batch=1",
      "/api/trpc/auth.me,counter.answer?batch=1",
      "/api/trpc/auth.me?batch=1&input=%7B%220%22%3Anull%7D",
      "/api/trpc/auth.me?batch=1&input=%5B%5D",
      "/api/trpc/auth.me?input=%7B",
      "/api/trpc/auth.me?input=%00",
      "/api/trpc/counter.session?input=%7B%22json%22%3A%7B%22sessionId%22%3A%22%5Cu0000%22%7D%7D",
      "/api/trpc/counter.session?input=%7B%22json%22%3A%7B%22sessionId%22%3A%22%5Cud800%22%7D%7D",
      "/api/trpc/auth.me?connectionParams=%7B",
      `/api/trpc/auth.me?input=${"%5B".repeat(3000)}${"%5D".repeat(3000)}`,
      `/api/trpc/auth.me?x=${"a".repeat(20_000)}`,
      "/api/pdf/slip",
      "/api/pdf/slip?session=%00",
      "/api/pdf/slip?session=%ED%A0%80",
      "/api/pdf/slip?session=00000000-0000-0000-0000-000000000000",
      "/api/pdf/slip?session=../../etc/passwd",
      `/api/pdf/slip?session=${"a".repeat(20_000)}`,
    ),
    fc.string({ maxLength: 40 }).map((s) => `/api/trpc/${encodeURIComponent(s)}`),
    fc.string({ maxLength: 200 }).map((s) => `/api/trpc/counter.session?input=${encodeURIComponent(s)}`),
    fc
      .jsonValue({ maxDepth: 3 })
      .map((v) => `/api/trpc/counter.session?input=${encodeURIComponent(JSON.stringify(v))}`),
    fc.string({ maxLength: 60 }).map((s) => `/api/pdf/slip?session=${encodeURIComponent(s)}`),
  )
  .chain((path) =>
    fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD").map(
      (method): FuzzRequest => ({
        kind: `${method} ${path.slice(0, 80)}`,
        method,
        path,
        headers: method === "GET" || method === "HEAD" ? {} : { "content-type": "application/json" },
        body: method === "GET" || method === "HEAD" ? undefined : "{}",
        auth: true,
      }),
    ),
  );

const oddContentTypes: fc.Arbitrary<FuzzRequest> = fc
  .constantFrom(
    "text/plain",
    "multipart/form-data; boundary=x",
    "application/octet-stream",
    "application/x-www-form-urlencoded",
    "",
    "application/json; charset=latin1",
  )
  .map(
    (type): FuzzRequest => ({
      ...post("counter.answer", {
        sessionId: randomUUID(),
        path: "moveDate",
        value: "2025-04-01",
        revision: 0,
      }),
      kind: `content-type ${type}`,
      headers: type ? { "content-type": type } : {},
    }),
  );

const hostileLogins: fc.Arbitrary<FuzzRequest> = fc
  .record({
    loginId: fc.oneof(
      unstorable.map((s) => `clerk${s}`),
      fc.constantFrom<unknown>("", " ", "x".repeat(101), 1, null, {}, [], "a\u0000"),
    ),
    password: fc.oneof(fc.constantFrom<unknown>("x", "", "\u0000", "\uD800", 2 ** 53, "p".repeat(201))),
  })
  .map((input) => ({ ...post("auth.login", input), kind: "login (hostile)", auth: false }));

const numericBounds: fc.Arbitrary<FuzzRequest> = fc
  .tuple(
    fc.constantFrom("studio.flows.publish", "studio.flows.diff", "counter.start", "counter.finish"),
    hugeNumber,
  )
  .map(([procedure, n]) =>
    post(procedure, {
      flowId: randomUUID(),
      bundleId: randomUUID(),
      sessionId: randomUUID(),
      expectedVersion: n,
      seq: n,
    }),
  );

/** Valid calls on the fuzzed sessions: reading, deciding (判定) on whatever was stored, printing the slip. */
const sessionCalls: fc.Arbitrary<FuzzRequest> = fc
  .tuple(fc.nat(2), fc.constantFrom("session", "finish", "finish", "slip"))
  .map(([i, call]): FuzzRequest => {
    const sessionId = fx.sessions[i] ?? "";
    if (call === "session") return { ...get("counter.session", { sessionId }), kind: "session (valid)" };
    if (call === "finish") return { ...post("counter.finish", { sessionId }), kind: "finish (valid)" };
    return { kind: "slip (valid)", method: "GET", path: `/api/pdf/slip?session=${sessionId}`, auth: true };
  });

function fuzzRequests(bundle: Bundle): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(
    { weight: 28, arbitrary: answerRequests(bundle) },
    { weight: 8, arbitrary: malformedBodies },
    { weight: 4, arbitrary: oddCookies },
    { weight: 6, arbitrary: oddPaths },
    { weight: 2, arbitrary: oddContentTypes },
    { weight: 2, arbitrary: hostileLogins },
    { weight: 2, arbitrary: numericBounds },
    { weight: 1, arbitrary: oversized },
    { weight: 2, arbitrary: sessionCalls },
  );
}

describe("HTTP fuzz of the counter", () => {
  it(`answers ${runs} generated requests without a single 5xx, and stores nothing outside the flow`, async () => {
    const statuses = new Map<number, number>();
    const valid = new Map<string, number>();
    let acceptedAnswers = 0;
    await fc.assert(
      fc.asyncProperty(fuzzRequests(fx.bundle), async (req) => {
        const res = await send(req);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (req.kind.endsWith("(valid)")) {
          const key = `${req.kind.replace(" (valid)", "")} ${res.status}`;
          valid.set(key, (valid.get(key) ?? 0) + 1);
        }
        if (req.answer && res.status === 200) acceptedAnswers++;
        await track(req, res);
        if (res.status >= 500) throw new Error(`${req.kind}: ${res.status} ${res.body.slice(0, 300)}`);
        if (res.status >= 400 && res.body.length > 0) {
          // Refusals are worded for people at the counter, in Japanese.
          expect(res.body, req.kind).toMatch(/[ぁ-んァ-ヶ一-龠]/);
        }
      }),
      { numRuns: runs, endOnFailure: true },
    );
    const summary = [...statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
    const calls = [...valid.entries()].sort().map(([k, n]) => `${k}×${n}`);
    console.info(
      `http fuzz: ${summary.join(" ")}; answers stored: ${acceptedAnswers}; valid calls: ${calls.join(", ")}`,
    );
    expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
    // The fuzz reached the save path: many answers were stored, many refused.
    expect(acceptedAnswers).toBeGreaterThan(runs / 20);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(runs / 10);

    // Everything stored is inside the flow's shape, and each revision has its "answered" event.
    const sessions = await db
      .select({
        id: schema.counterSessions.id,
        answers: schema.counterSessions.answers,
        revision: schema.counterSessions.revision,
        document: schema.bundles.document,
      })
      .from(schema.counterSessions)
      .innerJoin(schema.bundles, eq(schema.bundles.id, schema.counterSessions.bundleId))
      .where(eq(schema.counterSessions.municipalityId, fx.municipalityId));
    expect(sessions.length).toBeGreaterThanOrEqual(3);
    for (const session of sessions) {
      const bundle = parseBundle(session.document);
      expect(validateStoredAnswers(bundle, session.answers), session.id).toEqual([]);
      const [events] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(schema.sessionEvents)
        .where(
          and(eq(schema.sessionEvents.sessionId, session.id), eq(schema.sessionEvents.type, "answered")),
        );
      expect(events?.n, session.id).toBe(session.revision);
    }
  }, 300_000);
});
