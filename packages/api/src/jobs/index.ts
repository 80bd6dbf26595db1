// Background jobs: imported only by scripts/jobs.ts and tests, never by the apps (pg-boss and its
// `pg` driver stay out of the Next bundles).
export { type JobRunner, retentionCron, retentionQueue, startJobRunner } from "./job-runner";
export { runRetentionPurge } from "./retention-purge";
