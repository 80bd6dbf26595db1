import { writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { benchEngine } from "./engine";
import { benchPdf } from "./pdf";
import { benchRules } from "./rules";

/**
 * `npm run bench`: each section measures one part and returns markdown; the run prints them and
 * writes bench/RESULTS.md. Add a section (PDF generation, …) by adding its function here.
 */
const sections: [string, () => string | Promise<string>][] = [
  ["engine", benchEngine],
  ["rules", benchRules],
  ["pdf", benchPdf],
];

async function main(): Promise<void> {
  const header = [
    "# Benchmarks",
    "",
    `\`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} CPU(s) (${cpus()[0]?.model ?? "unknown"}), shared with other work.`,
    "",
  ].join("\n");
  const parts = [header];
  for (const [name, run] of sections) {
    console.error(`bench: ${name}…`);
    parts.push(await run());
  }
  const markdown = parts.join("\n");
  console.log(markdown);
  // npm scripts run from the repository root.
  writeFileSync(join(process.cwd(), "bench", "RESULTS.md"), markdown);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
