import { describe, expect, it } from "vitest";
import { cookieName } from "../../test/caller";
import { createTestCity, createTestStaff, testPassword } from "../../test/factories";
import { useTestDb } from "../../test/test-db";
import { openStaffSession } from "../auth/login-staff";
import { createPdfRouteHandler, createTrpcRouteHandler } from "../next";
import { parseHttpSettings } from "./http-settings";
import { cookieSecure, crossSiteMessage, crossSiteProblem } from "./same-origin";

const db = useTestDb();
const trpc = createTrpcRouteHandler({ getDb: () => db, cookieName });

async function loggedInCookie() {
  const { city } = await createTestCity(db);
  const member = await createTestStaff(db, { municipalityId: city.id, roles: ["counter_clerk"] });
  const token = await openStaffSession(db, { staffId: member.id, now: new Date() });
  return `${cookieName}=${token}`;
}

const me = async (cookie: string) => {
  const res = await trpc(new Request("http://localhost:3001/api/trpc/auth.me", { headers: { cookie } }));
  return ((await res.json()) as { result: { data: { json: unknown } } }).result.data.json;
};

const errorMessage = async (res: Response) =>
  ((await res.json()) as { error: { json: { message: string } } }).error.json.message;

describe("Origin check on state-changing requests", () => {
  it("refuses a POST from another site carrying a valid cookie: 403 in Japanese, nothing done", async () => {
    const cookie = await loggedInCookie();
    const res = await trpc(
      new Request("http://localhost:3001/api/trpc/auth.logout", {
        method: "POST",
        headers: { cookie, origin: "http://evil.example", "content-type": "application/json" },
        body: "{}",
      }),
    );
    expect(res.status).toBe(403);
    expect(await errorMessage(res)).toBe(crossSiteMessage);
    // The logout did not happen: the session is still there.
    expect(await me(cookie)).not.toBeNull();
  });

  it("refuses Origin: null and Sec-Fetch-Site: cross-site, accepts the app's own origin", async () => {
    const cookie = await loggedInCookie();
    const post = (headers: Record<string, string>) =>
      trpc(
        new Request("http://localhost:3001/api/trpc/auth.logout", {
          method: "POST",
          headers: { cookie, host: "localhost:3001", "content-type": "application/json", ...headers },
          body: "{}",
        }),
      );
    expect((await post({ origin: "null" })).status).toBe(403);
    expect((await post({ "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await post({ origin: "http://localhost:3000" })).status).toBe(403); // the other app
    expect(await me(cookie)).not.toBeNull();
    const own = await post({ origin: "http://localhost:3001", "sec-fetch-site": "same-origin" });
    expect(own.status).toBe(200);
    expect(await me(cookie)).toBeNull();
  });

  it("accepts a proxy's public origin through X-Forwarded-Host or KAKANAI_ALLOWED_ORIGINS", () => {
    const proxied = new Headers({ host: "127.0.0.1:3001", "x-forwarded-host": "madoguchi.example.lg.jp" });
    proxied.set("origin", "https://madoguchi.example.lg.jp");
    expect(crossSiteProblem(proxied)).toBeNull();
    const rewritten = new Headers({ host: "127.0.0.1:3001", origin: "https://madoguchi.example.lg.jp" });
    expect(crossSiteProblem(rewritten)?.status).toBe(403);
    expect(crossSiteProblem(rewritten, ["https://madoguchi.example.lg.jp"])).toBeNull();
  });

  it("refuses a PDF (a print event) requested from another site's link", async () => {
    const cookie = await loggedInCookie();
    const slip = createPdfRouteHandler({ getDb: () => db, cookieName, kind: "slip" });
    const url = `http://localhost:3001/api/pdf/slip?session=${crypto.randomUUID()}`;
    const crossSite = await slip(new Request(url, { headers: { cookie, "sec-fetch-site": "cross-site" } }));
    expect(crossSite.status).toBe(403);
    expect(await crossSite.text()).toBe(crossSiteMessage);
    const evil = await slip(new Request(url, { headers: { cookie, origin: "http://evil.example" } }));
    expect(evil.status).toBe(403);
    // From the app itself the request goes through to the print code (an unknown session: 404).
    const own = await slip(new Request(url, { headers: { cookie, "sec-fetch-site": "same-origin" } }));
    expect(own.status).toBe(404);
  });
});

describe("Secure cookie", () => {
  const login = async (headers: Record<string, string>, settings = parseHttpSettings()) => {
    const { city } = await createTestCity(db);
    const member = await createTestStaff(db, { municipalityId: city.id, roles: ["counter_clerk"] });
    const handler = createTrpcRouteHandler({ getDb: () => db, cookieName, settings: () => settings });
    const res = await handler(
      new Request("http://internal:3001/api/trpc/auth.login", {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ json: { loginId: member.loginId, password: testPassword } }),
      }),
    );
    expect(res.status).toBe(200);
    return res.headers.get("set-cookie") ?? "";
  };

  it("is Secure for any host but this machine, whatever X-Forwarded-Proto says", async () => {
    expect(await login({ host: "madoguchi.example.lg.jp" })).toContain("; Secure");
    expect(await login({ host: "madoguchi.example.lg.jp", "x-forwarded-proto": "http" })).toContain(
      "; Secure",
    );
    expect(await login({ host: "localhost:3001" })).not.toContain("Secure");
    expect(await login({ host: "127.0.0.1:3001", "x-forwarded-host": "localhost:3001" })).not.toContain(
      "Secure",
    );
    // A proxy on this machine forwarding the city's host: Secure.
    expect(
      cookieSecure(
        new Headers({ host: "127.0.0.1:3001", "x-forwarded-host": "madoguchi.example.lg.jp" }),
        undefined,
      ),
    ).toBe(true);
  });

  it("follows KAKANAI_COOKIE_SECURE when set", async () => {
    expect(await login({ host: "localhost:3001" }, parseHttpSettings({ cookieSecure: "1" }))).toContain(
      "; Secure",
    );
    expect(cookieSecure(new Headers({ host: "madoguchi.example.lg.jp" }), "0")).toBe(false);
  });
});
