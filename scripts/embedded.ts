import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

/**
 * Starts db/embedded-server.ts as a child process (the single owner of the PGlite folder) and resolves
 * with its connection URL once it accepts connections. The child exits when we do (stdin pipe).
 */
export async function spawnEmbeddedPostgres(opts: { dataDir: string; port: number }): Promise<{
  url: string;
  child: ChildProcess;
}> {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      fileURLToPath(new URL("../db/embedded-server.ts", import.meta.url)),
      "--dir",
      opts.dataDir,
      "--port",
      String(opts.port),
      "--exit-with-parent",
    ],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  const lines = createInterface({ input: child.stdout! });
  const ready = new Promise<string>((resolve, reject) => {
    lines.on("line", (line) => {
      if (line.startsWith("ready ")) resolve(line.slice(6).trim());
      else console.log(`[db] ${line}`);
    });
    once(child, "exit").then(([code]) =>
      reject(new Error(`埋め込みデータベースが起動できませんでした (exit ${code})。`)),
    );
  });
  return { url: await ready, child };
}
