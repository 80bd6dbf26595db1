import type { ChildProcess } from "node:child_process";
import {
  type EmbeddedCluster,
  prepareEmbeddedCluster,
  startEmbeddedServer,
  takeClusterLock,
} from "@kakanai/db/embedded";

export interface EmbeddedServer {
  url: string;
  cluster: EmbeddedCluster;
  child: ChildProcess;
  /** Fast shutdown; resolves when the server has exited. */
  stop(): Promise<void>;
}

/**
 * Prepares the cluster under `root` (initdb on first use), takes the folder's lock and starts the
 * server as our child. Resolves once it answers queries. Tests and `npm start` both use it.
 */
export async function spawnEmbeddedPostgres(opts: { root: string; port: number }): Promise<EmbeddedServer> {
  const release = await takeClusterLock(opts.root);
  const cluster = await prepareEmbeddedCluster(opts);
  const child = await startEmbeddedServer(cluster, { onLog: logImportant });
  return {
    url: cluster.url,
    cluster,
    child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGINT");
        await exited;
      }
      release();
    },
  };
}

/**
 * PostgreSQL logs every checkpoint; pass on only server failures. Statement errors are the apps' to
 * report (their DETAIL lines can quote residents' data, so they never reach a log).
 */
export function logImportant(line: string): void {
  if (/\b(FATAL|PANIC)\b|terminated by signal/.test(line)) console.error(`[db] ${line}`);
}
