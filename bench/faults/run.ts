/**
 * `npm run faults`: what a clerk sees when a process dies under them. Runs the product as `npm start`
 * does (supervisor, embedded PostgreSQL in a temp folder, prebuilt apps), keeps clerks answering the
 * 住民異動 interview, and one at a time: kill -9 the counter server, kill -9 the studio server, kill -9
 * the database server, and a clean database restart (fast shutdown, then the supervisor starts it).
 * For each: how long until every clerk's answers succeed again, how many requests failed meanwhile,
 * and — checked in the database afterwards — how many acknowledged answers were lost.
 * Writes bench/FAULTS.md. Build the apps first (`npm run build`). FAULTS_DEBUG=1 prints every failed
 * request of a clerk (with its time) and the supervisor's log as they happen.
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { createDb, schema } from "@kakanai/db";
import { DEMO_PASSWORD } from "@kakanai/demo-city";
import { household, person } from "@kakanai/demo-city/testing";
import type { Answers, Bundle } from "@kakanai/engine";
import { and, eq, inArray, sql } from "drizzle-orm";
import { answerScript, CounterClient, type Step } from "../load/client";

// Configurable, for running next to other checkouts.
const STUDIO_PORT = Number(process.env.FAULTS_STUDIO_PORT ?? 3221);
const COUNTER_PORT = Number(process.env.FAULTS_COUNTER_PORT ?? 3222);
const DB_PORT = Number(process.env.FAULTS_DB_PORT ?? 54379);
const CLIENTS = 10;
const OUT = process.env.FAULTS_OUT ?? join(process.cwd(), "bench", "FAULTS.md");

interface Clerk {
  client: CounterClient;
  sessions: { id: string; acked: number; last: Answers | undefined }[];
  lastOkAt: number;
  failures: number;
}

async function main() {
  for (const app of ["counter", "studio"])
    if (!existsSync(`apps/${app}/.next/BUILD_ID`)) throw new Error(`apps/${app} is not built: npm run build`);
  const root = mkdtempSync(join(tmpdir(), "kakanai-faults-"));
  const start = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: "",
      KAKANAI_SKIP_BUILD: "1",
      KAKANAI_DATA_DIR: root,
      STUDIO_PORT: String(STUDIO_PORT),
      COUNTER_PORT: String(COUNTER_PORT),
      EMBEDDED_DB_PORT: String(DB_PORT),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  const stderr: string[] = [];
  start.stderr?.setEncoding("utf8");
  start.stderr?.on("data", (c: string) => {
    stderr.push(c);
    if (process.env.FAULTS_DEBUG)
      process.stderr.write(
        c
          .split("\n")
          .map((l) => `[start] ${l}`)
          .join("\n"),
      );
    log.push(...c.split("\n").filter((l) => /終了しました|再起動/.test(l)));
  });
  await new Promise<void>((resolve, reject) => {
    start.stdout?.setEncoding("utf8");
    start.stdout?.on("data", (c: string) => {
      if (c.includes("Kakanai が起動しました")) resolve();
    });
    start.once("exit", (code) =>
      reject(new Error(`npm start exited (${code}): ${stderr.join("").slice(-2000)}`)),
    );
  });
  const rows: string[] = [];
  let stop = false;
  const clerks: Clerk[] = [];
  let running: Promise<unknown> | undefined;
  try {
    const first = new CounterClient(`http://127.0.0.1:${COUNTER_PORT}`);
    await first.login("counter", DEMO_PASSWORD);
    const flows = await first.query<{ key: string; bundleId: string }[]>("counter.flows", undefined);
    if (!flows.ok) throw new Error(flows.error);
    const bundleId = flows.data.find((f) => f.key === "jumin-idou")?.bundleId ?? "";
    const s = await first.mutate<{ sessionId: string }>("counter.start", { bundleId });
    if (!s.ok) throw new Error(s.error);
    const view = await first.query<{ bundle: Bundle }>("counter.session", { sessionId: s.data.sessionId });
    if (!view.ok) throw new Error(view.error);
    const script = answerScript(view.data.bundle, family()).steps;
    for (let i = 0; i < CLIENTS; i++) {
      const client = new CounterClient(`http://127.0.0.1:${COUNTER_PORT}`);
      await client.login("counter", DEMO_PASSWORD);
      clerks.push({ client, sessions: [], lastOkAt: Date.now(), failures: 0 });
    }
    running = Promise.all(clerks.map((c) => clerkLoop(c, bundleId, script, () => stop)));
    await sleep(3000);

    const faults: [string, () => void][] = [
      ["kill -9 counter server", () => process.kill(listenerPid(COUNTER_PORT), "SIGKILL")],
      ["kill -9 studio server", () => process.kill(listenerPid(STUDIO_PORT), "SIGKILL")],
      ["kill -9 database server (postmaster)", () => process.kill(postmasterPid(root), "SIGKILL")],
      [
        "database restart (fast shutdown, supervisor restarts it)",
        () => process.kill(postmasterPid(root), "SIGINT"),
      ],
    ];
    for (const [name, inject] of faults) {
      const failuresBefore = clerks.reduce((n, c) => n + c.failures, 0);
      const t0 = Date.now();
      inject();
      const recovered = await waitForRecovery(name.includes("studio") ? "studio" : "counter", clerks, t0);
      const failed = clerks.reduce((n, c) => n + c.failures, 0) - failuresBefore;
      rows.push(
        `| ${name} | ${recovered === undefined ? "not within 60 s" : `${(recovered / 1000).toFixed(1)} s`} | ${failed} |`,
      );
      console.error(`faults: ${name}: ${recovered} ms, ${failed} failed requests`);
      await sleep(3000);
    }
  } finally {
    stop = true;
    await running;
  }
  const { lost, acked, sessions } = await verify(root, clerks);
  start.kill("SIGTERM");
  await new Promise((r) => start.once("exit", r));
  rmSync(root, { recursive: true, force: true });

  const md = [
    "# Faults: processes killed under load",
    "",
    `\`npm run faults\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${availableParallelism()} CPU(s). The product runs as \`npm start\` runs it (supervisor, embedded PostgreSQL 18, production builds); ${CLIENTS} clerks answer the 住民異動 interview without pause, a clerk whose request fails reloads the reception and retries like the counter page does. Recovery: from the kill until every clerk has had an answer acknowledged again (for the studio: until its page answers again).`,
    "",
    "| fault | recovery | failed requests meanwhile |",
    "| --- | ---: | ---: |",
    ...rows,
    "",
    `Afterwards: ${acked} acknowledged answers in ${sessions} receptions; **${lost} lost** (an acknowledged answer missing from the database, or its event missing).`,
    "",
    "Supervisor log (restarts):",
    "",
    ...log.map((l) => `    ${l.trim()}`),
  ];
  writeFileSync(OUT, `${md.join("\n")}\n`);
  console.log(md.join("\n"));
  process.exit(0);
}

function family(): Answers {
  return household("tennyu", [
    person("東雲 太郎", "1975-05-01", { relationship: "世帯主" }),
    person("東雲 花子", "1977-08-12", { relationship: "妻", sex: "F" }),
    person("東雲 一郎", "2012-04-02", { relationship: "子" }),
  ]) as Answers;
}

/** A clerk: start, answer every step, 判定, again; on a failure reload the reception and retry. */
async function clerkLoop(c: Clerk, bundleId: string, steps: Step[], stop: () => boolean) {
  while (!stop()) {
    const s = await c.client.mutate<{ sessionId: string }>("counter.start", { bundleId });
    if (!s.ok) {
      c.failures++;
      await sleep(500);
      continue;
    }
    const session = { id: s.data.sessionId, acked: 0, last: undefined as Answers | undefined };
    c.sessions.push(session);
    let revision = 0;
    for (let i = 0; i < steps.length && !stop(); ) {
      const r = await c.client.mutate<{ answers: Answers; revision: number }>("counter.answer", {
        sessionId: session.id,
        ...steps[i],
        revision,
      });
      if (r.ok) {
        session.acked++;
        session.last = r.data.answers;
        revision = r.data.revision;
        c.lastOkAt = Date.now();
        i++;
        continue;
      }
      c.failures++;
      if (process.env.FAULTS_DEBUG)
        console.error(`[clerk] answer failed after ${Math.round(r.ms)} ms: ${r.status} ${r.error}`);
      await sleep(500);
      // Reload as the page would: the stored revision (an answer may have been stored unacknowledged).
      const v = await c.client.query<{ answers: Answers; revision: number }>("counter.session", {
        sessionId: session.id,
      });
      if (!v.ok && process.env.FAULTS_DEBUG)
        console.error(`[clerk] reload failed after ${Math.round(v.ms)} ms: ${v.status} ${v.error}`);
      if (v.ok) {
        revision = v.data.revision;
        session.last = v.data.answers;
      }
    }
    await c.client.mutate("counter.finish", { sessionId: session.id });
  }
}

async function waitForRecovery(app: "counter" | "studio", clerks: Clerk[], t0: number) {
  for (;;) {
    const elapsed = Date.now() - t0;
    if (elapsed > 60_000) return undefined;
    if (app === "studio") {
      const ok = await fetch(`http://127.0.0.1:${STUDIO_PORT}/login`, { signal: AbortSignal.timeout(2000) })
        .then((r) => r.status < 500)
        .catch(() => false);
      if (ok) return Date.now() - t0;
    } else if (elapsed > 200 && clerks.every((c) => c.lastOkAt > t0 + 200)) {
      return Math.max(...clerks.map((c) => c.lastOkAt)) - t0;
    }
    await sleep(100);
  }
}

function listenerPid(port: number): number {
  const out = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
  const m = /pid=(\d+)/.exec(out);
  if (!m) throw new Error(`nothing listens on ${port}`);
  return Number(m[1]);
}

function postmasterPid(root: string): number {
  return Number(readFileSync(join(root, "pgdata", "postmaster.pid"), "utf8").split("\n")[0]);
}

async function verify(root: string, clerks: Clerk[]) {
  const password = readFileSync(join(root, "password"), "utf8").trim();
  const db = createDb(`postgres://kakanai:${encodeURIComponent(password)}@127.0.0.1:${DB_PORT}/postgres`);
  const all = clerks.flatMap((c) => c.sessions).filter((s) => s.acked > 0);
  const ids = all.map((s) => s.id);
  const rows = await db
    .select({ id: schema.counterSessions.id, answers: schema.counterSessions.answers })
    .from(schema.counterSessions)
    .where(inArray(schema.counterSessions.id, ids));
  const events = await db
    .select({ id: schema.sessionEvents.sessionId, n: sql<number>`count(*)::int` })
    .from(schema.sessionEvents)
    .where(and(inArray(schema.sessionEvents.sessionId, ids), eq(schema.sessionEvents.type, "answered")))
    .groupBy(schema.sessionEvents.sessionId);
  await db.$client.end();
  const stored = new Map(rows.map((r) => [r.id, r.answers]));
  const counted = new Map(events.map((e) => [e.id, e.n]));
  let lost = 0;
  for (const s of all) {
    // Every acknowledged answer is kept: the stored answers contain the last acknowledged state (a
    // retried answer after a reload may have made them newer), and no acknowledged event is missing.
    const db = stored.get(s.id) as Answers | undefined;
    if (!db || !containsAll(db, s.last ?? {})) lost++;
    if ((counted.get(s.id) ?? 0) < s.acked) lost += s.acked - (counted.get(s.id) ?? 0);
  }
  return { lost, acked: all.reduce((n, s) => n + s.acked, 0), sessions: all.length };
}

function containsAll(actual: unknown, expected: unknown): boolean {
  if (expected && typeof expected === "object" && !Array.isArray(expected)) {
    if (!actual || typeof actual !== "object") return false;
    return Object.entries(expected).every(([k, v]) => containsAll((actual as Record<string, unknown>)[k], v));
  }
  if (Array.isArray(expected))
    return Array.isArray(actual) && expected.every((v, i) => containsAll(actual[i], v));
  return isDeepStrictEqual(actual, expected);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
