import { describe, expect, it } from "vitest";
import { createTestCity, createTestStaff, testPassword } from "../test/factories";
import { useTestDb } from "../test/test-db";
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
