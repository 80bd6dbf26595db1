import { randomUUID } from "node:crypto";
import { createDb, schema } from "@kakanai/db";
import { expect, test } from "@playwright/test";
import { eq } from "drizzle-orm";
import { COUNTER_URL, STUDIO_URL } from "../playwright.config";
import { login } from "../support/login";

/**
 * The login limit and the Origin check as the built apps run them under `next start`: the peer stamp
 * (instrumentation.ts) gives the route handlers the TCP peer, whatever X-Forwarded-For a client sends.
 */
async function countedAddress(loginId: string): Promise<string | null | undefined> {
  const db = createDb(process.env.DATABASE_URL ?? "", { maxConnections: 1 });
  try {
    const [row] = await db
      .select({ address: schema.loginAttempts.address })
      .from(schema.loginAttempts)
      .where(eq(schema.loginAttempts.loginId, loginId));
    return row?.address;
  } finally {
    await db.$client.end();
  }
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
