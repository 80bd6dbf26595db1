/**
 * The pool's worker entry (plain JavaScript, so Node loads it as is, also from a built Next.js
 * app). The rendering code is the workspace's TypeScript, loaded through tsx's loader in this
 * thread only: no build step, and the worker always runs the same sources as the tests.
 */
import { fileURLToPath } from "node:url";
import { move } from "piscina";
import { register } from "tsx/esm/api";

register({ tsconfig: fileURLToPath(new URL("../../tsconfig.json", import.meta.url)) });
const { runPdfTask } = await import("./pdf-task.ts");

/**
 * @param {{ task: import("./pdf-task.ts").PdfTask; started?: import("node:worker_threads").MessagePort }} message
 */
export default async function pdfWorker({ task, started }) {
  // The pool's time limit counts from here, not from when the task was queued.
  started?.postMessage("started");
  started?.close();
  const result = await runPdfTask(task);
  // The PDF's buffer is handed over, not copied.
  return result instanceof Uint8Array ? move(result) : result;
}
