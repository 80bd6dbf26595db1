import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { MessageChannel, type Worker } from "node:worker_threads";
import { Piscina } from "piscina";
import { FormPdfRejected } from "../form-pdf-rejected";
import type { FormPdfInfo, InspectFormPdfOptions } from "../inspect-form-pdf";
import type { ChecklistInput } from "../render-checklist";
import type { FormsInput } from "../render-forms";
import type { SlipInput } from "../render-slip";
import { type PdfTask, type PdfTaskResult, refusalError } from "./pdf-task";

export interface PdfPoolOptions {
  /** Worker threads, started with the pool and kept; default all cores but one (at least one). */
  threads?: number;
  /** Tasks that may wait for a worker; past it a call fails at once with PdfPoolBusy. Default 8 a thread. */
  maxQueue?: number;
  /** Running time of a render before its worker is stopped and replaced; default 60 s. */
  renderTimeLimitMs?: number;
  /** Running time of an upload's inspection before it is refused; default 15 s. */
  inspectTimeLimitMs?: number;
  /** Heap of each worker; a runaway render ends its worker (and fails), not the server. Default 1 GB. */
  maxHeapMb?: number;
}

/** Every task slot (running and waiting) is taken: the caller should answer "busy, retry". */
export class PdfPoolBusy extends Error {
  readonly retryAfterSeconds = 5;
  constructor() {
    super("印刷が混み合っています。数秒後にもう一度お試しください。");
    this.name = "PdfPoolBusy";
  }
}

/** A render ran past its time limit; its worker was stopped (and is replaced). */
export class PdfTaskTimedOut extends Error {
  constructor(
    readonly kind: PdfTask["kind"],
    readonly limitMs: number,
  ) {
    super(`PDF ${kind} did not finish within ${limitMs} ms`);
    this.name = "PdfTaskTimedOut";
  }
}

/**
 * PDF rendering and upload inspection on worker threads, so a request thread never spends its time
 * in pdfme or pdf-lib: answers keep being saved while documents render. Each method takes and
 * returns what its in-thread counterpart (renderSlip, renderForms, renderChecklist,
 * inspectFormPdf) does, refusals included. A full queue fails fast with PdfPoolBusy; a task that
 * runs too long, or a worker that dies, fails that one call and the pool starts a new worker.
 */
export class PdfPool {
  readonly threadCount: number;
  readonly maxQueue: number;
  readonly #piscina: Piscina;
  readonly #renderTimeLimitMs: number;
  readonly #inspectTimeLimitMs: number;

  /** A pool of its own (tests, tools); servers use pdfPool(). `piscina` reuses running threads. */
  constructor(options: PdfPoolOptions = {}, piscina?: Piscina) {
    const settings = poolSettings(options);
    this.threadCount = settings.threads;
    this.maxQueue = settings.maxQueue;
    this.#renderTimeLimitMs = settings.renderTimeLimitMs;
    this.#inspectTimeLimitMs = settings.inspectTimeLimitMs;
    this.#piscina = piscina ?? startPiscina(settings);
  }

  async renderSlip(input: SlipInput): Promise<Uint8Array> {
    return bytesOf(await this.#run({ kind: "slip", input }, this.#renderTimeLimitMs));
  }

  async renderForms(input: FormsInput): Promise<Uint8Array> {
    return bytesOf(await this.#run({ kind: "forms", input }, this.#renderTimeLimitMs));
  }

  async renderChecklist(input: ChecklistInput): Promise<Uint8Array> {
    return bytesOf(await this.#run({ kind: "checklist", input }, this.#renderTimeLimitMs));
  }

  /** inspectFormPdf in a worker; one that runs past the time limit is refused as too complex. */
  async inspectFormPdf(bytes: Uint8Array, options: InspectFormPdfOptions = {}): Promise<FormPdfInfo> {
    let result: PdfTaskResult;
    try {
      result = await this.#run({ kind: "inspect", bytes, options }, this.#inspectTimeLimitMs);
    } catch (error) {
      if (error instanceof PdfTaskTimedOut)
        throw new FormPdfRejected(
          "TOO_COMPLEX",
          "PDFの読み取りに時間がかかりすぎたため中止しました。元のファイルを開いて「PDFとして保存」し直すか、様式のページだけを抜き出してからアップロードしてください。",
        );
      throw error;
    }
    if (result instanceof Uint8Array || !("info" in result)) throw unexpected(result);
    return result.info;
  }

  /** The worker threads now running (for monitoring and tests). */
  get threads(): readonly Worker[] {
    return this.#piscina.threads;
  }

  /** Tasks waiting for a worker. */
  get queued(): number {
    return this.#piscina.queueSize;
  }

  /** Stops the workers; tasks still queued or running fail. */
  async close(): Promise<void> {
    await this.#piscina.destroy();
  }

  async #run(task: PdfTask, timeLimitMs: number): Promise<PdfTaskResult> {
    if (this.#piscina.queueSize >= this.maxQueue) throw new PdfPoolBusy();
    // The worker says when it starts, so time spent waiting in the queue is not held against the task.
    const { port1: started, port2: startedInWorker } = new MessageChannel();
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    started.once("message", () => {
      timer = setTimeout(() => abort.abort(), timeLimitMs);
    });
    try {
      const result: PdfTaskResult = await this.#piscina.run(
        { task, started: startedInWorker },
        { transferList: [startedInWorker], signal: abort.signal },
      );
      if (!(result instanceof Uint8Array) && "refused" in result) throw refusalError(result);
      return result;
    } catch (error) {
      if (abort.signal.aborted) throw new PdfTaskTimedOut(task.kind, timeLimitMs);
      if (error instanceof Error && /queue is at limit|no task queue/i.test(error.message))
        throw new PdfPoolBusy();
      throw error;
    } finally {
      clearTimeout(timer);
      started.close();
    }
  }
}

const holder = globalThis as typeof globalThis & { kakanaiPdfPiscina?: Piscina };
let shared: PdfPool | undefined;

/**
 * The process's pool, started on first use with the defaults (sized to the machine). Its threads
 * are kept on globalThis so Next's dev-mode reloads reuse them instead of starting more workers.
 */
export function pdfPool(): PdfPool {
  if (!shared) {
    holder.kakanaiPdfPiscina ??= startPiscina(poolSettings({}));
    shared = new PdfPool({}, holder.kakanaiPdfPiscina);
  }
  return shared;
}

type PoolSettings = Required<PdfPoolOptions>;

function poolSettings(options: PdfPoolOptions): PoolSettings {
  const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
  return {
    threads,
    // A render takes 0.1–0.5 s: a full queue is a few seconds' wait, past which "retry" is kinder.
    maxQueue: options.maxQueue ?? threads * 8,
    renderTimeLimitMs: options.renderTimeLimitMs ?? 60_000,
    inspectTimeLimitMs: options.inspectTimeLimitMs ?? 15_000,
    maxHeapMb: options.maxHeapMb ?? 1024,
  };
}

function startPiscina(settings: PoolSettings): Piscina {
  const piscina = new Piscina({
    filename: pdfWorkerFile(),
    minThreads: settings.threads,
    maxThreads: settings.threads,
    maxQueue: settings.maxQueue,
    // Tasks are async; a worker blocked on Atomics between tasks could not finish their loose ends.
    atomics: "disabled",
    resourceLimits: { maxOldGenerationSizeMb: settings.maxHeapMb },
  });
  // A worker that fails with no task in flight is reported here; unheard, the event would end the
  // process. Its tasks (if any) fail on their own and a new worker takes its place.
  piscina.on("error", (error: unknown) => {
    console.error("pdf worker failed", error instanceof Error ? error.name : "unknown");
  });
  return piscina;
}

const WORKER_FILE = "pdf-worker.mjs";

/**
 * The worker entry on disk. Next to this module when it runs from source (vitest, tsx); a bundled
 * Next.js server may not know its source path, so then it is looked up in node_modules from the
 * working directory upwards, as Node itself would resolve @kakanai/pdf.
 */
function pdfWorkerFile(): string {
  try {
    const here = join(dirname(fileURLToPath(import.meta.url)), WORKER_FILE);
    if (existsSync(/*turbopackIgnore: true*/ here)) return here;
  } catch {
    // not a file: URL; fall through to the directory walk
  }
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", "@kakanai", "pdf", "src", "pool", WORKER_FILE);
    if (existsSync(/*turbopackIgnore: true*/ candidate)) return candidate;
    if (dirname(dir) === dir) break;
  }
  throw new Error(`PDF worker ${WORKER_FILE} not found (is @kakanai/pdf installed?)`);
}

function bytesOf(result: PdfTaskResult): Uint8Array {
  if (result instanceof Uint8Array) return result;
  throw unexpected(result);
}

function unexpected(result: PdfTaskResult): Error {
  return new Error(
    `unexpected PDF worker result: ${result instanceof Uint8Array ? "bytes" : Object.keys(result)}`,
  );
}
