/**
 * `npm start`: the whole product on one machine.
 *   DATABASE_URL unset → embedded PostgreSQL (PGlite, data in .data/pglite, survives restarts)
 *   DATABASE_URL set   → that server
 * then migrate, seed the demo city once, build the apps if needed, and start studio and counter.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { DEMO_PASSWORD, demoAccounts } from "../db/demo-city";
import { migrateDatabase } from "../db/migrate";
import { seedDemoCityOnce } from "../db/seed";
import { spawnEmbeddedPostgres } from "./embedded";

const STUDIO_PORT = Number(process.env.STUDIO_PORT ?? 3000);
const COUNTER_PORT = Number(process.env.COUNTER_PORT ?? 3001);
const EMBEDDED_PORT = Number(process.env.EMBEDDED_DB_PORT ?? 54329);
const children: ChildProcess[] = [];

async function main() {
  let url = process.env.DATABASE_URL;
  if (!url) {
    const embedded = await spawnEmbeddedPostgres({ dataDir: ".data/pglite", port: EMBEDDED_PORT });
    children.push(embedded.child);
    url = embedded.url;
    console.log(`埋め込みデータベース: ${url} (データ: .data/pglite)`);
  }
  await migrateDatabase(url);
  const seeded = await seedDemoCityOnce(url);
  console.log(seeded ? "デモ自治体「東雲市」を登録しました。" : "デモ自治体「東雲市」は登録済みです。");

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
        "--output-logs=errors-only",
      ],
      { stdio: "inherit", env },
    );
    if (build.status !== 0) throw new Error("アプリのビルドに失敗しました。上のログを確認してください。");
  }
  children.push(startApp("studio", STUDIO_PORT, env), startApp("counter", COUNTER_PORT, env));

  console.log(`
  Kakanai が起動しました
    スタジオ (studio):  http://localhost:${STUDIO_PORT}
    窓口 (counter):     http://localhost:${COUNTER_PORT}
  デモ用ログイン (パスワードはすべて ${DEMO_PASSWORD}):
${demoAccounts.map((a) => `    ${a.loginId.padEnd(10)} ${a.description}`).join("\n")}
  終了: Ctrl+C
`);
}

function startApp(name: string, port: number, env: NodeJS.ProcessEnv): ChildProcess {
  // Run Next's own entry with our node (not through npx) so a SIGTERM reaches the server itself.
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
    cwd: `apps/${name}`,
    stdio: "inherit",
    env,
  });
  child.on("exit", (code) => {
    if (!stopping) {
      console.error(`${name} が終了しました (exit ${code})。`);
      shutdown(1);
    }
  });
  return child;
}

let stopping = false;
function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  for (const c of children) c.kill("SIGTERM");
  setTimeout(() => process.exit(code), 1500).unref();
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  shutdown(1);
});
