/**
 * Runs the embedded PostgreSQL (PGlite behind pglite-socket) as its own process, so that exactly one
 * process owns the data folder. Prints "ready <url>" once it accepts connections.
 *   tsx db/embedded-server.ts --dir .data/pglite --port 54329
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { startEmbeddedPostgres } from "@kakanai/db/embedded";

const { values } = parseArgs({
  options: {
    dir: { type: "string", default: ".data/pglite" },
    port: { type: "string", default: "54329" },
    "exit-with-parent": { type: "boolean", default: false },
  },
});
const pg = await startEmbeddedPostgres({ dataDir: resolve(values.dir ?? ""), port: Number(values.port) });
console.log(`ready ${pg.url}`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await pg.stop();
  process.exit(0);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
if (values["exit-with-parent"]) {
  // The parent going away (our stdin pipe closes) ends us too, so a crashed `npm start` never leaves
  // an owner of the data folder behind.
  process.stdin.resume();
  process.stdin.on("end", shutdown);
}
