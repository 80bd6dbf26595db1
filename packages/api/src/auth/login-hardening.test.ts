import { randomUUID } from "node:crypto";
import { createServer, request as httpRequest, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { schema } from "@kakanai/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserCaller } from "../../test/caller";
import { createTestCity, createTestStaff, testPassword } from "../../test/factories";
import { useTestDb } from "../../test/test-db";
import { parseHttpSettings } from "../http/http-settings";
import { installPeerStamp } from "../http/peer-stamp";
import { createTrpcRouteHandler } from "../next";
import {
  countLoginAttemptOrRefuse,
  maxFailuresPerAccount,
  maxFailuresPerAddress,
} from "./check-login-rate-limit";
import { hashPassword, needsRehash, passwordHashParams, verifyPassword } from "./password";

const db = useTestDb();

/** How many login attempts of this id reached the password check (each evaluated one is a row). */
async function evaluated(loginId: string): Promise<number> {
  const rows = await db
    .select({ id: schema.loginAttempts.id })
    .from(schema.loginAttempts)
    .where(eq(schema.loginAttempts.loginId, loginId));
  return rows.length;
}

describe("password hashing", () => {
  it("hashes with scrypt at OWASP's minimum (N ≥ 2^17, r = 8, p = 1), the parameters in the hash", async () => {
    expect(passwordHashParams.N).toBeGreaterThanOrEqual(2 ** 17);
    const hash = await hashPassword("長い合言葉 that is mine");
    const [scheme, n, r, p, salt, key] = hash.split("$");
    expect(scheme).toBe("scrypt");
    expect(Number(n)).toBeGreaterThanOrEqual(2 ** 17);
    expect([Number(r), Number(p)]).toEqual([8, 1]);
    expect(Buffer.from(salt ?? "", "base64")).toHaveLength(16);
    expect(Buffer.from(key ?? "", "base64")).toHaveLength(32);
    expect(await verifyPassword("長い合言葉 that is mine", hash)).toBe(true);
    expect(await verifyPassword("長い合言葉 that is not", hash)).toBe(false);
    expect(needsRehash(hash)).toBe(false);
  });

  it("still verifies an N = 2^14 hash and replaces it at the next successful login", async () => {
    const { city } = await createTestCity(db);
    const member = await createTestStaff(db, { municipalityId: city.id, roles: ["counter_clerk"] });
    const old = "scrypt$16384$8$1$T2xkU2FsdE9sZFNhbHQxMg==$";
    const { scryptSync } = await import("node:crypto");
    const legacy = `${old}${scryptSync(testPassword, Buffer.from("T2xkU2FsdE9sZFNhbHQxMg==", "base64"), 32, { N: 16384 }).toString("base64")}`;
    expect(needsRehash(legacy)).toBe(true);
    await db.update(schema.staff).set({ passwordHash: legacy }).where(eq(schema.staff.id, member.id));

    const { caller } = await browserCaller(db);
    await caller.auth.login({ loginId: member.loginId, password: testPassword });
    const [row] = await db
      .select({ hash: schema.staff.passwordHash })
      .from(schema.staff)
      .where(eq(schema.staff.id, member.id));
    expect(row?.hash.split("$")[1]).toBe(String(passwordHashParams.N));
    expect(await verifyPassword(testPassword, row?.hash ?? "")).toBe(true);
    // And the upgraded hash logs in.
    await expect(
      (await browserCaller(db)).caller.auth.login({ loginId: member.loginId, password: testPassword }),
    ).resolves.toHaveProperty("user");
  });
});

describe("login limit", () => {
  it("evaluates at most the account's limit of a burst of 20 concurrent wrong passwords", async () => {
    const { city } = await createTestCity(db);
    const member = await createTestStaff(db, { municipalityId: city.id, roles: ["counter_clerk"] });
    const { caller } = await browserCaller(db);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => caller.auth.login({ loginId: member.loginId, password: "wrong" })),
    );
    const codes = results.map((r) => (r.status === "rejected" ? (r.reason as { code: string }).code : "OK"));
    expect(codes.filter((c) => c === "UNAUTHORIZED")).toHaveLength(maxFailuresPerAccount);
    expect(codes.filter((c) => c === "TOO_MANY_REQUESTS")).toHaveLength(20 - maxFailuresPerAccount);
    expect(await evaluated(member.loginId)).toBe(maxFailuresPerAccount);
    // Locked for the right password too.
    await expect(
      caller.auth.login({ loginId: member.loginId, password: testPassword }),
    ).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringContaining("5分ほど待って"),
    });
  });

  it("starts the account's count over after a correct password", async () => {
    const { city } = await createTestCity(db);
    const member = await createTestStaff(db, { municipalityId: city.id, roles: ["counter_clerk"] });
    const { caller } = await browserCaller(db);
    // Attempts counted as the login counts them (without spending a scrypt on each wrong one).
    const attempts = async (n: number) => {
      for (let i = 0; i < n; i++)
        await countLoginAttemptOrRefuse(db, { loginId: member.loginId, address: null, now: new Date() });
    };
    await attempts(maxFailuresPerAccount - 1);
    await caller.auth.login({ loginId: member.loginId, password: testPassword });
    await attempts(maxFailuresPerAccount - 1);
    await expect(
      caller.auth.login({ loginId: member.loginId, password: testPassword }),
    ).resolves.toHaveProperty("user");
    await attempts(maxFailuresPerAccount);
    await expect(
      caller.auth.login({ loginId: member.loginId, password: testPassword }),
    ).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
  });
});

/**
 * The route handler behind a real node:http server with the peer stamp, as `next start` runs it.
 * Each test connects from its own loopback address (127.x.y.z), so its per-address count is its own.
 */
describe("login limit per client address (node:http, the peer stamp)", () => {
  let server: Server;
  let trustedServer: Server;
  const peer = `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`;

  beforeAll(async () => {
    installPeerStamp();
    server = await serve(parseHttpSettings());
    // The same peer configured as our reverse proxy.
    trustedServer = await serve(parseHttpSettings({ trustedProxies: `${peer}, 10.0.0.0/8` }));
  });
  afterAll(() => {
    server.close();
    trustedServer.close();
  });

  function serve(settings: ReturnType<typeof parseHttpSettings>): Promise<Server> {
    const handler = createTrpcRouteHandler({
      getDb: () => db,
      cookieName: "kk_test",
      settings: () => settings,
    });
    const s = createServer(async (req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
      const response = await handler(
        new Request(`http://localhost${req.url}`, {
          method: req.method,
          headers,
          body: Buffer.concat(chunks),
        }),
      );
      res.writeHead(response.status, { "content-type": "application/json" });
      res.end(Buffer.from(await response.arrayBuffer()));
    });
    return new Promise((resolve) => s.listen(0, "127.0.0.1", () => resolve(s)));
  }

  function login(target: Server, loginId: string, headers: Record<string, string>): Promise<number> {
    const body = JSON.stringify({ json: { loginId, password: "wrong" } });
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          host: "127.0.0.1",
          port: (target.address() as AddressInfo).port,
          localAddress: peer,
          method: "POST",
          path: "/api/trpc/auth.login",
          headers: { "content-type": "application/json", ...headers },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  }

  /** This address's count brought to `n` as failed logins would (a scrypt each would take a minute). */
  async function failuresFrom(address: string, n: number) {
    for (let i = 0; i < n; i++)
      await countLoginAttemptOrRefuse(db, { loginId: `nobody-${randomUUID()}`, address, now: new Date() });
  }

  it("counts the TCP peer, whatever X-Forwarded-For (or x-kakanai-peer) a client sends", async () => {
    await failuresFrom(peer, maxFailuresPerAddress - 2);
    const statuses: number[] = [];
    // Different accounts each time (the account limit stays out of it), a new forged address each time.
    for (let i = 0; i < 6; i++) {
      statuses.push(
        await login(server, `nobody-${randomUUID()}`, {
          "x-forwarded-for": `198.51.100.${i}`,
          "x-kakanai-peer": `203.0.113.${i}`,
        }),
      );
    }
    expect(statuses).toEqual([401, 401, 429, 429, 429, 429]);
  });

  it("behind a trusted proxy counts the right-most untrusted X-Forwarded-For entry, not the client's own", async () => {
    const client = `192.0.2.${Math.floor(Math.random() * 250)}`;
    await failuresFrom(client, maxFailuresPerAddress - 2);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      // The client prepends whatever it likes; our proxies (the peer, then 10.1.2.3) appended the rest.
      statuses.push(
        await login(trustedServer, `nobody-${randomUUID()}`, {
          "x-forwarded-for": `203.0.113.${i}, ${client}, 10.1.2.3`,
        }),
      );
    }
    expect(statuses).toEqual([401, 401, 429, 429, 429]);
  });
});
