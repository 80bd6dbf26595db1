import { describe, expect, it } from "vitest";
import { createTestCity, createTestStaff, testPassword } from "../test/factories";
import { useTestDb } from "../test/test-db";
import { requestLimits } from "./http/bounded-request";
import { createPdfRouteHandler, createTrpcRouteHandler } from "./next";

const db = useTestDb();

describe("route handlers", () => {
  it("serves tRPC over fetch: login sets the cookie, a second request is logged in", async () => {
    const { city } = await createTestCity(db);
    const member = await createTestStaff(db, { municipalityId: city.id, roles: ["counter_clerk"] });
    const handler = createTrpcRouteHandler({ getDb: () => db, cookieName: "kk_counter" });
    const login = await handler(
      new Request("http://localhost:3001/api/trpc/auth.login", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: { loginId: member.loginId, password: testPassword } }),
      }),
    );
    expect(login.status).toBe(200);
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect(cookie).toMatch(/^kk_counter=.+/);
    const me = await handler(new Request("http://localhost:3001/api/trpc/auth.me", { headers: { cookie } }));
    expect(((await me.json()) as { result: { data: { json: { id: string } } } }).result.data.json.id).toBe(
      member.id,
    );
    const denied = await handler(new Request("http://localhost:3001/api/trpc/studio.flows.list"));
    expect(denied.status).toBe(401);
  });

  it("answers a PDF request without a login with 401 and a Japanese message", async () => {
    const handler = createPdfRouteHandler({ getDb: () => db, cookieName: "kk_counter", kind: "slip" });
    const response = await handler(
      new Request(`http://localhost:3001/api/pdf/slip?session=${crypto.randomUUID()}`),
    );
    expect(response.status).toBe(401);
    expect(await response.text()).toBe("ログインしてください。");
  });
});

describe("request bounds", () => {
  const handler = createTrpcRouteHandler({ getDb: () => db, cookieName: "kk_counter" });
  const login = (body: BodyInit, headers: Record<string, string> = {}) =>
    handler(
      new Request("http://localhost:3001/api/trpc/auth.login", {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body,
        duplex: "half",
      } as RequestInit),
    );
  const message = async (response: Response) =>
    ((await response.json()) as { error: { json: { message: string } } }).error.json.message;

  it("refuses a body past the limit with 413 before reading the rest of it", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
      },
    });
    const response = await login(endless);
    expect(response.status).toBe(413);
    expect(await message(response)).toContain("送信されたデータが大きすぎます");
    expect(pulled).toBeLessThanOrEqual(requestLimits.bodyBytes + 2 * 64 * 1024);
    // A declared Content-Length past the limit is refused without reading anything.
    const declared = await login("{}", { "content-length": String(requestLimits.bodyBytes + 1) });
    expect(declared.status).toBe(413);
  });

  it("refuses NUL, unpaired surrogates, deep nesting, invalid UTF-8 and other content types with 4xx", async () => {
    const cases: [BodyInit, number, string][] = [
      ['{"json":{"loginId":"clerk\\u0000","password":"x"}}', 400, "使用できない文字"],
      ['{"json":{"loginId":"clerk\\ud800","password":"x"}}', 400, "使用できない文字"],
      ['{"json":{"loginId":"a","password":"x","\\u0000":1}}', 400, "使用できない文字"],
      [`{"json":${"[".repeat(3000)}${"]".repeat(3000)}}`, 400, "入れ子が深すぎます"],
      ['{"json":', 400, "読み取れませんでした"],
      // superjson's shared references can rebuild a cycle: refused before anything walks it.
      ['{"json":{"a":{"b":{}}},"meta":{"referentialEqualities":{"a":["a.b"]}}}', 400, "入れ子が深すぎます"],
      [new Uint8Array([0x7b, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x3a, 0x31, 0x7d]), 400, "文字コード"],
    ];
    for (const [body, status, text] of cases) {
      const response = await login(body);
      expect(response.status, String(body).slice(0, 60)).toBe(status);
      expect(await message(response)).toContain(text);
    }
    const plain = await login("loginId=x", { "content-type": "text/plain" });
    expect(plain.status).toBe(415);
  });

  it("treats a malformed session cookie as no session: login still works", async () => {
    const { city } = await createTestCity(db);
    const member = await createTestStaff(db, { municipalityId: city.id, roles: ["counter_clerk"] });
    for (const cookie of [
      "kk_counter=%E0%A4%A",
      "kk_counter=%",
      `kk_counter=${"A".repeat(43)}`,
      "kk_counter=%00",
    ]) {
      const me = await handler(
        new Request("http://localhost:3001/api/trpc/auth.me", { headers: { cookie } }),
      );
      expect(me.status, cookie).toBe(200);
      const response = await login(
        JSON.stringify({ json: { loginId: member.loginId, password: testPassword } }),
        {
          cookie,
        },
      );
      expect(response.status, cookie).toBe(200);
    }
    const pdf = createPdfRouteHandler({ getDb: () => db, cookieName: "kk_counter", kind: "slip" });
    const slip = await pdf(
      new Request(`http://localhost:3001/api/pdf/slip?session=${crypto.randomUUID()}`, {
        headers: { cookie: "kk_counter=%E0%A4%A" },
      }),
    );
    expect(slip.status).toBe(401);
  });

  it("refuses revisions past PostgreSQL's integer with 400", async () => {
    const { city } = await createTestCity(db);
    const member = await createTestStaff(db, { municipalityId: city.id, roles: ["counter_clerk"] });
    const loggedIn = await login(
      JSON.stringify({ json: { loginId: member.loginId, password: testPassword } }),
    );
    const cookie = (loggedIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    for (const revision of [2 ** 31, 2 ** 53, 1e308, -1]) {
      const response = await handler(
        new Request("http://localhost:3001/api/trpc/counter.answer", {
          method: "POST",
          headers: { "content-type": "application/json", cookie },
          body: JSON.stringify({
            json: { sessionId: crypto.randomUUID(), path: "moveDate", value: "2025-04-01", revision },
          }),
        }),
      );
      expect(response.status, String(revision)).toBe(400);
    }
  });
});
