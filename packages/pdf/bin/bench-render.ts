/**
 * Warm render timings: `npx tsx bin/bench-render.ts [runs]`. Prints the median of `runs` (default 10)
 * (wall and CPU) for the slip alone and for a 6-member packet (slip + F01 F07 F15 F21 F24 F25), after one warm-up.
 */
import { readFileSync } from "node:fs";
import { demoFormAssets } from "@kakanai/demo-city";
import type { DeterminedForm } from "@kakanai/engine";
import { renderForms } from "../src/render-forms";
import { renderSlip } from "../src/render-slip";
import { sampleDetermination, sampleHousehold } from "../src/testing";
import { demoBundle } from "../src/testing/demo-bundles";

const runs = Number(process.argv[2] ?? 10);
const basePdfs = Object.fromEntries(demoFormAssets.map((a) => [a.sha256, readFileSync(a.path)]));
const answers = sampleHousehold(6);
const form = (formKey: string, members: number[], mode: DeterminedForm["mode"]): DeterminedForm => ({
  formKey,
  title: formKey,
  departmentKey: "",
  mode,
  members,
  sheets: 1,
});
const forms = [
  form("F01", [0, 1, 2, 3, 4, 5], "household"),
  form("F07", [0, 1, 2, 3, 4, 5], "household"),
  form("F15", [4], "each"),
  form("F15", [5], "each"),
  form("F21", [2, 3], "household"),
  form("F24", [2], "each"),
  form("F24", [3], "each"),
  form("F25", [2], "each"),
];
const slip = () =>
  renderSlip({
    municipalityName: "東雲市",
    receptionNumber: "A-0042",
    flowTitle: "住民異動",
    issuedOn: "2025-04-01",
    determination: sampleDetermination(),
    qrText: "K1.7Q2M4XK9ZB3N5TPLWD6R8YHC",
  });
const packetForms = () =>
  renderForms({
    bundle: demoBundle("jumin-idou", { allForms: true }),
    answers,
    forms,
    basePdfs,
    filedOn: "2025-04-03",
  });

/** Wall time, and CPU time of this process (less skewed when other work shares the machine). */
async function median(name: string, fn: () => Promise<unknown>): Promise<void> {
  await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]?.toFixed(0);
  console.log(`${name}: wall median ${mid(wall)} ms (min ${wall[0]?.toFixed(0)}), cpu median ${mid(cpu)} ms`);
}

await median("renderSlip", slip);
await median("renderForms (F01 F07 F15×2 F21 F24×2 F25)", packetForms);
await median("packet (slip + forms, in parallel)", () => Promise.all([slip(), packetForms()]));
