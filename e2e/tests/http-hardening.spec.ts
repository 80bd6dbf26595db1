import { randomUUID } from "node:crypto";
import { createDb, schema } from "@kakanai/db";
import { type APIRequestContext, type APIResponse, expect, test } from "@playwright/test";
import { eq, like, sql } from "drizzle-orm";
import { COUNTER_URL, PORTAL_URL, STUDIO_URL } from "../playwright.config";
import { login } from "../support/login";

/**
 * The login limit and the Origin check as the built apps run them under `next start`: the peer stamp
 * (instrumentation.ts) gives the route handlers the TCP peer, whatever X-Forwarded-For a client sends.
 */
async function withDb<T>(read: (db: ReturnType<typeof createDb>) => Promise<T>): Promise<T> {
  const db = createDb(process.env.DATABASE_URL ?? "", { maxConnections: 1 });
  try {
    return await read(db);
  } finally {
    await db.$client.end();
  }
}

function countedAddress(loginId: string): Promise<string | null | undefined> {
  return withDb(async (db) => {
    const [row] = await db
      .select({ address: schema.loginAttempts.address })
      .from(schema.loginAttempts)
      .where(eq(schema.loginAttempts.loginId, loginId));
    return row?.address;
  });
}

for (const [app, base] of [
  ["counter", COUNTER_URL],
  ["studio", STUDIO_URL],
] as const) {
  test(`the ${app} counts a failed login against the TCP peer, not the client's X-Forwarded-For`, async ({
    request,
  }) => {
    const loginId = `nobody-${randomUUID()}`;
    const res = await request.post(`${base}/api/trpc/auth.login`, {
      headers: { "x-forwarded-for": "198.51.100.23", "x-kakanai-peer": "203.0.113.9" },
      data: { json: { loginId, password: "まちがったパスワード" } },
    });
    expect(res.status()).toBe(401);
    expect(await countedAddress(loginId)).toMatch(/^(127\.0\.0\.1|::1)$/);
  });
}

test("a POST from another site with a valid session cookie is refused with 403 in Japanese", async ({
  page,
}) => {
  await login(page, COUNTER_URL, "counter");
  await expect(page.getByRole("link", { name: "パスワード変更" })).toBeVisible();
  const logout = await page.request.post(`${COUNTER_URL}/api/trpc/auth.logout`, {
    headers: { origin: "http://evil.example" },
    data: {},
  });
  expect(logout.status()).toBe(403);
  expect(JSON.stringify(await logout.json())).toContain("別のサイトからの操作は受け付けられません");
  // Still logged in: the refused request did nothing.
  const me = await page.request.get(`${COUNTER_URL}/api/trpc/auth.me`);
  expect(JSON.stringify(await me.json())).toContain('"name"');
});

// ---- the residents' portal: the one app that faces the internet --------------------------------

/** Rows of pre_applications, and the portal's per-address counts (key → submissions this window). */
function portalState() {
  return withDb(async (db) => {
    const [stored] = await db.select({ n: sql<number>`count(*)::int` }).from(schema.preApplications);
    const counts = await db
      .select({ key: schema.loginThrottle.key, attempts: schema.loginThrottle.attempts })
      .from(schema.loginThrottle)
      .where(like(schema.loginThrottle.key, "preapply:%"));
    return { stored: stored?.n ?? 0, counts: Object.fromEntries(counts.map((c) => [c.key, c.attempts])) };
  });
}

async function portalBundleId(request: APIRequestContext): Promise<string> {
  const res = await request.get(`${PORTAL_URL}/api/trpc/portal.flows`);
  const flows = (await res.json()).result.data.json as { bundleId: string; title: string }[];
  const flow = flows.find((f) => f.title.startsWith("住民異動"));
  expect(flow).toBeDefined();
  return flow?.bundleId ?? "";
}

/** A portal.submit as the portal's page sends it (superjson's envelope), with these answers. */
function submit(request: APIRequestContext, body: string, headers: Record<string, string> = {}) {
  return request.post(`${PORTAL_URL}/api/trpc/portal.submit`, {
    headers: { "content-type": "application/json", ...headers },
    data: body,
  });
}

async function refusal(res: APIResponse): Promise<string> {
  return (await res.json()).error.json.message as string;
}

test("the portal refuses a cross-site submission with 403 in Japanese and stores nothing", async ({
  request,
}) => {
  const bundleId = await portalBundleId(request);
  const before = await portalState();
  const crossSite: Record<string, string>[] = [
    { origin: "http://evil.example" },
    { origin: "null" },
    { "sec-fetch-site": "cross-site" },
  ];
  for (const headers of crossSite) {
    const res = await submit(request, JSON.stringify({ json: { bundleId, answers: {} } }), headers);
    expect(res.status()).toBe(403);
    expect(await refusal(res)).toContain("別のサイトからの操作は受け付けられません");
  }
  // Refused before anything was counted or stored.
  expect(await portalState()).toEqual(before);
});

test("the portal answers 404 in Japanese for every staff procedure", async ({ request }) => {
  const staff: [string, "GET" | "POST", unknown][] = [
    ["auth.login", "POST", { loginId: "admin", password: "shinonome" }],
    ["counter.flows", "GET", undefined],
    ["counter.start", "POST", { bundleId: "00000000-0000-0000-0000-000000000000" }],
    ["counter.startFromPreApplication", "POST", { code: "ABCDEFGHJ" }],
    ["studio.flows.list", "GET", undefined],
    ["admin.staff.list", "GET", undefined],
    ["setup.createFirstCity", "POST", {}],
  ];
  for (const [procedure, method, input] of staff) {
    const url = `${PORTAL_URL}/api/trpc/${procedure}`;
    const res =
      method === "GET" ? await request.get(url) : await request.post(url, { data: { json: input } });
    expect(res.status(), procedure).toBe(404);
    expect(await refusal(res), procedure).toBe("呼び出し先が見つかりません。");
    expect(res.headers()["set-cookie"], procedure).toBeUndefined();
  }
  // A mangled flow id (a link cut short) is refused in words, not as a dump of the schema's issues.
  const input = encodeURIComponent(JSON.stringify({ json: { bundleId: "abc" } }));
  const mangled = await request.get(`${PORTAL_URL}/api/trpc/portal.flow?input=${input}`);
  expect(mangled.status()).toBe(400);
  expect(await refusal(mangled)).toBe(
    "この手続きは事前申請を受け付けていません。一覧から選び直してください。",
  );
});

test("the portal refuses an oversized body (413), a NUL (400) and ignores a malformed kk_portal cookie, in Japanese, storing nothing", async ({
  request,
}) => {
  const bundleId = await portalBundleId(request);
  const before = await portalState();
  const huge = await submit(
    request,
    JSON.stringify({ json: { bundleId, answers: { moveType: "x".repeat(1024 * 1024) } } }),
  );
  expect(huge.status()).toBe(413);
  expect(await refusal(huge)).toMatch(/^送信されたデータが大きすぎます（上限 1MB）/);
  // The studio's larger limits (a flow draft: 8 MB) are not the portal's, even for the studio's path.
  const draft = await request.post(`${PORTAL_URL}/api/trpc/studio.flows.save`, {
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ json: { draft: "x".repeat(2 * 1024 * 1024) } }),
  });
  expect(draft.status()).toBe(413);
  const nul = await submit(request, `{"json":{"bundleId":"${bundleId}","answers":{"moveType":"\\u0000"}}}`);
  expect(nul.status()).toBe(400);
  expect(await refusal(nul)).toContain("使用できない文字（NUL 文字");
  expect(await portalState()).toEqual(before);

  // A malformed or forged kk_portal cookie changes nothing: the answer is the one without a cookie.
  const incomplete = JSON.stringify({ json: { bundleId, answers: { moveType: "tennyu" } } });
  const plain = await submit(request, incomplete);
  for (const cookie of ["kk_portal=%E0%A4%A", `kk_portal=${"A".repeat(43)}`, "kk_portal=a; kk_portal=b"]) {
    const res = await submit(request, incomplete, { cookie });
    expect(res.status(), cookie).toBe(plain.status());
    expect(await refusal(res), cookie).toBe(await refusal(plain));
    expect(res.headers()["set-cookie"], cookie).toBeUndefined();
  }
  expect(plain.status()).toBe(400);
  expect(await refusal(plain)).toBe("回答に不足または誤りがあります。前の画面に戻って確かめてください。");
  expect((await portalState()).stored).toBe(before.stored);
});

test("the portal counts submissions against the TCP peer, not the client's X-Forwarded-For", async ({
  request,
}) => {
  const bundleId = await portalBundleId(request);
  const before = await portalState();
  const res = await submit(request, JSON.stringify({ json: { bundleId, answers: {} } }), {
    "x-forwarded-for": "198.51.100.23",
    "x-kakanai-peer": "203.0.113.9",
  });
  expect(res.status()).toBe(400);
  const after = await portalState();
  const grown = Object.keys(after.counts).filter((k) => after.counts[k] !== before.counts[k]);
  expect(grown).toHaveLength(1);
  expect(grown[0]).toMatch(/^preapply:(127\.0\.0\.1|::1)$/);
  expect(after.counts[grown[0] ?? ""]).toBe((before.counts[grown[0] ?? ""] ?? 0) + 1);
  expect(after.stored).toBe(before.stored);
});
