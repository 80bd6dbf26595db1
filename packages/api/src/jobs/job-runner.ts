import type { Db } from "@kakanai/db";
import PgBoss from "pg-boss";
import { runRetentionPurge } from "./retention-purge";

export const retentionQueue = "retention-purge";
/** Every hour at :17 (Japan time): a purge is due within the hour of its day. */
export const retentionCron = "17 * * * *";

export interface JobRunner {
  boss: PgBoss;
  stop(): Promise<void>;
}

/**
 * Background jobs on PostgreSQL (pg-boss, schema `pgboss`): the retention purge, scheduled hourly.
 * Any number of runners may start against one database: pg-boss hands each scheduled job to one of
 * them. Kept out of the apps (its own process, `scripts/jobs.ts`), so Next never bundles it.
 */
export async function startJobRunner(params: {
  databaseUrl: string;
  db: Db;
  /** Poll for due jobs this often (tests shorten it). */
  pollingIntervalSeconds?: number;
}): Promise<JobRunner> {
  const boss = new PgBoss({
    connectionString: params.databaseUrl,
    schema: "pgboss",
    max: 2,
    application_name: "kakanai-jobs",
  });
  boss.on("error", (error) => console.error(`jobs: ${error.message}`));
  await boss.start();
  await boss.createQueue(retentionQueue, { name: retentionQueue, policy: "singleton", retryLimit: 3 });
  await boss.schedule(retentionQueue, retentionCron, {}, { tz: "Asia/Tokyo" });
  await boss.work(
    retentionQueue,
    { pollingIntervalSeconds: params.pollingIntervalSeconds ?? 30 },
    async () => {
      await runRetentionPurge(params.db);
    },
  );
  return { boss, stop: () => boss.stop({ graceful: true, wait: true }) };
}
