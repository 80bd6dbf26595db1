import type { ChildProcess } from "node:child_process";

/**
 * Keeps one process running: when it exits unexpectedly it is started again after a backoff
 * (1 s, 2 s, 4 s … up to 30 s; back to 1 s once it has stayed up for a minute). Each crash and
 * restart is logged with the time; the other supervised processes keep serving meanwhile.
 */
export interface Supervised {
  readonly name: string;
  /** The process running now, if any. */
  current(): ChildProcess | undefined;
  /** Stops it for good (no restart); resolves when it has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface SuperviseOptions {
  name: string;
  /** Starts the process; resolves when it is ready (e.g. the database answers). */
  start: () => Promise<ChildProcess>;
  /** Ran after a restart is ready (e.g. nothing, or a log line). */
  onRestarted?: (downMs: number) => void;
  minBackoffMs?: number;
  maxBackoffMs?: number;
}

export function supervise(opts: SuperviseOptions, first: ChildProcess): Supervised {
  const minBackoff = opts.minBackoffMs ?? 1000;
  const maxBackoff = opts.maxBackoffMs ?? 30_000;
  let child: ChildProcess | undefined = first;
  let stopped = false;
  let backoff = minBackoff;
  let startedAt = Date.now();

  const watch = (proc: ChildProcess) => {
    proc.once("exit", (code, signal) => {
      if (stopped) return;
      child = undefined;
      const downSince = Date.now();
      if (downSince - startedAt > 60_000) backoff = minBackoff;
      log(
        `${opts.name} が終了しました (${signal ?? `exit ${code}`})。${backoff / 1000} 秒後に再起動します。`,
      );
      const retry = () => {
        if (stopped) return;
        const wait = backoff;
        backoff = Math.min(backoff * 2, maxBackoff);
        setTimeout(async () => {
          if (stopped) return;
          try {
            const next = await opts.start();
            if (stopped) {
              next.kill("SIGTERM");
              return;
            }
            child = next;
            startedAt = Date.now();
            watch(next);
            const downMs = Date.now() - downSince;
            log(`${opts.name} を再起動しました (停止していた時間 ${(downMs / 1000).toFixed(1)} 秒)。`);
            opts.onRestarted?.(downMs);
          } catch (error) {
            log(`${opts.name} の再起動に失敗しました: ${error instanceof Error ? error.message : error}`);
            retry();
          }
        }, wait);
      };
      retry();
    });
  };
  watch(first);

  return {
    name: opts.name,
    current: () => child,
    async stop(signal = "SIGTERM") {
      stopped = true;
      const proc = child;
      if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
      const exited = new Promise<void>((r) => proc.once("exit", () => r()));
      proc.kill(signal);
      const timer = setTimeout(() => proc.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function log(message: string): void {
  console.error(`[${new Date().toISOString()}] ${message}`);
}
