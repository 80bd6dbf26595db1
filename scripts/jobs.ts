/**
 * Background jobs (`npm run jobs`; `npm start` runs and supervises one): the hourly retention purge
 * on pg-boss. Several may run against one database (pg-boss gives each due job to one of them).
 */
import { startJobRunner } from "@kakanai/api/jobs";
import { createDb } from "@kakanai/db";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("ジョブ: DATABASE_URL が設定されていません。");
  process.exit(1);
}
const db = createDb(url, { maxConnections: 2 });
const runner = await startJobRunner({ databaseUrl: url, db });
console.log("ジョブ: 保存期間を過ぎた受付の削除を毎時実行します (pg-boss)。");

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await runner.stop();
  await db.$client.end();
  process.exit(0);
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
