import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * The zero-setup database: PGlite in a local folder, served over the PostgreSQL wire protocol on a
 * loopback port so both apps connect with postgres.js exactly as to a real server.
 *
 * PGlite must be owned by exactly one process (two processes on one folder silently lose writes), so
 * a lock file with our pid guards the folder; a stale lock (dead pid) is taken over.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  maxConnections?: number;
}): Promise<EmbeddedPostgres> {
  mkdirSync(opts.dataDir, { recursive: true });
  const lockPath = join(opts.dataDir, "kakanai.lock");
  takeLock(lockPath);
  const db = await PGlite.create({ dataDir: join(opts.dataDir, "pgdata") });
  const server = new PGLiteSocketServer({
    db,
    port: opts.port,
    host: "127.0.0.1",
    maxConnections: opts.maxConnections ?? 20,
  });
  await server.start();
  return {
    url: `postgres://postgres@127.0.0.1:${opts.port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
      rmSync(lockPath, { force: true });
    },
  };
}

function takeLock(lockPath: string): void {
  let holder: number | undefined;
  try {
    holder = Number(readFileSync(lockPath, "utf8").trim());
  } catch {
    holder = undefined;
  }
  if (holder && holder !== process.pid && isAlive(holder)) {
    throw new Error(
      `埋め込みデータベースは別のプロセス (pid ${holder}) が使用中です。そのプロセスを終了してから再度起動してください。`,
    );
  }
  writeFileSync(lockPath, String(process.pid));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
