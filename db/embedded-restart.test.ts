import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCaller, createContext } from "@kakanai/api";
import { createDb, type Db } from "@kakanai/db";
import { DEMO_PASSWORD } from "@kakanai/demo-city";
import { afterAll, expect, test } from "vitest";
import { spawnEmbeddedPostgres } from "../scripts/embedded";
import { migrateDatabase } from "./migrate";
import { seedDemoCity } from "./seed";

const root = mkdtempSync(join(tmpdir(), "kakanai-restart-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function withEmbedded<T>(fn: (db: Db, url: string) => Promise<T>): Promise<T> {
  const pg = await spawnEmbeddedPostgres({ root, port: 54349 });
  const db = createDb(pg.url, { maxConnections: 2 });
  try {
    return await fn(db, pg.url);
  } finally {
    await db.$client.end();
    await pg.stop();
  }
}

async function caller(db: Db, cookie?: string) {
  const resHeaders = new Headers();
  const headers = new Headers(cookie ? { cookie } : {});
  const ctx = await createContext({ db, headers, resHeaders, cookieName: "kk_counter" });
  return { caller: createCaller(ctx), resHeaders };
}

test("stopping and restarting the embedded database keeps published bundles and an unfinished interview", async () => {
  const before = await withEmbedded(async (db, url) => {
    await migrateDatabase(url);
    await seedDemoCity(db);
    const anon = await caller(db);
    await anon.caller.auth.login({ loginId: "counter", password: DEMO_PASSWORD });
    const cookie = (anon.resHeaders.get("set-cookie") ?? "").split(";")[0] ?? "";
    const { caller: clerk } = await caller(db, cookie);
    const flow = (await clerk.counter.flows()).find((f) => f.key === "jumin-idou");
    if (!flow) throw new Error("住民異動 flow not published");
    const { sessionId } = await clerk.counter.start({ bundleId: flow.bundleId });
    const s = await clerk.counter.session({ sessionId });
    await clerk.counter.answer({ sessionId, path: "moveType", value: "tennyu", revision: s.revision });
    return { cookie, sessionId, bundleId: flow.bundleId, seq: flow.seq };
  });

  await withEmbedded(async (db) => {
    const { caller: clerk } = await caller(db, before.cookie);
    const flow = (await clerk.counter.flows()).find((f) => f.key === "jumin-idou");
    expect(flow).toMatchObject({ bundleId: before.bundleId, seq: before.seq });
    const s = await clerk.counter.session({ sessionId: before.sessionId });
    expect(s.answers).toMatchObject({ moveType: "tennyu" });
    expect(s.status).not.toBe("determined");
    const open = await clerk.counter.openSessions();
    expect(open.map((o) => o.sessionId)).toContain(before.sessionId);
  });
}, 120_000);
