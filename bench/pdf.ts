import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { composeDemoBundle, demoFormAssets, juminIdouFlow } from "@kakanai/demo-city";
import { household, person, twelvePeople } from "@kakanai/demo-city/testing";
import {
  type Answers,
  type Bundle,
  type Determination,
  type DeterminedForm,
  determine,
  parseBundle,
} from "@kakanai/engine";
import { generate } from "@pdfme/generator";
import { PDFDocument } from "@pdfme/pdf-lib";
import { ellipse, line, rectangle, text } from "@pdfme/schemas";
import { readFont } from "../packages/pdf/src/font";
import { pdfmeTemplate } from "../packages/pdf/src/generate-pdf";
import { qrPlugin } from "../packages/pdf/src/qr-plugin";
import { formsLayout, renderForms } from "../packages/pdf/src/render-forms";
import { renderSlip, type SlipInput } from "../packages/pdf/src/render-slip";
import { slipLayout } from "../packages/pdf/src/slip-layout";

const RUNS = 30;
const WARMUP = 3;
const NAIVE_RUNS = 5;
const SIZES = [1, 6, 12];
const FILED_ON = "2025-04-03";
const basePdfs = Object.fromEntries(demoFormAssets.map((a) => [a.sha256, readFileSync(a.path)]));

/**
 * `npm run bench`, PDF part: the full print packet of a 転入 (手続き案内票, the 異動届 packet of 市民課
 * and every other department's forms, one PDF each as the counter and the departments print them)
 * for households of 1, 6 and 12, against the naive baseline: pdfme's generate once per form (and
 * once for the slip) with the fonts read from disk each time, no shared caches.
 */
export async function benchPdf(): Promise<string> {
  const bundle = parseBundle(composeDemoBundle(juminIdouFlow));
  const rows: string[] = [];
  for (const size of SIZES) rows.push(await benchHousehold(bundle, size));
  const [load1] = loadavg();
  return [
    "## PDF print packet (demo 住民異動 flow, 転入)",
    "",
    `Packet = slip + one PDF per department with forms (市民課 = 異動届), rendered one after another as the counter prints them; ${RUNS} runs after ${WARMUP} warm-up runs. Naive = pdfme \`generate\` per form and for the slip, fonts read from disk each time (${NAIVE_RUNS} runs). Times in ms; load average at the end: ${load1?.toFixed(2)}.`,
    "",
    "| members | PDFs | forms | pages | packet p50 | packet p95 | packet CPU p50 | naive p50 | naive p95 | naive CPU p50 | naive / packet (CPU p50) | bytes / page | naive bytes / page |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows,
    "",
    "Target: a 6-member packet under 500 ms at p95 and under 60 KB a page on average. Times on a shared",
    "2-core machine vary with the load above; CPU time (this process only) and the ratio are steadier.",
    "",
  ].join("\n");
}

/** 1: the head alone; 6: parents, grandparents and the two youngest; 12: everyone (all on 国保). */
function answersFor(size: number): Answers {
  const [grandpa, grandma, head, wife, ...children] = twelvePeople;
  const cast = [
    { ...(head as object), wantsResidenceCertificate: 1, hasMyNumberCard: true },
    wife,
    ...children.reverse().slice(0, 2),
    grandpa,
    grandma,
    ...children.slice(0, 6),
  ];
  const members = cast
    .slice(0, size)
    .map((m) => person(String((m as { name: string }).name), "", m as never));
  return household("tennyu", members, { fromOtherPrefecture: true }) as Answers;
}

async function benchHousehold(bundle: Bundle, size: number): Promise<string> {
  const answers = answersFor(size);
  const determination = determine(bundle, answers);
  const packet = () => renderPacket(bundle, answers, determination);
  const pdfs = await packet();
  const pages = (await Promise.all(pdfs.map(async (b) => (await PDFDocument.load(b)).getPageCount()))).reduce(
    (a, b) => a + b,
    0,
  );
  const bytes = pdfs.reduce((sum, b) => sum + b.length, 0);
  const forms = departmentForms(determination).flatMap(([, f]) => f);
  const fast = await measure(packet, WARMUP, RUNS);
  const naivePdfs = await renderNaive(bundle, answers, determination);
  const naive = await measure(() => renderNaive(bundle, answers, determination), 0, NAIVE_RUNS);
  const naiveBytes = naivePdfs.reduce((sum, b) => sum + b.length, 0);
  const cells = [
    size,
    pdfs.length,
    forms.length,
    pages,
    ms(fast.p50),
    ms(fast.p95),
    ms(fast.cpuP50),
    ms(naive.p50),
    ms(naive.p95),
    ms(naive.cpuP50),
  ];
  const kb = (n: number) => `${(n / pages / 1024).toFixed(1)} KB`;
  return `| ${cells.join(" | ")} | ${(naive.cpuP50 / fast.cpuP50).toFixed(1)}× | ${kb(bytes)} | ${kb(naiveBytes)} |`;
}

function slipInput(determination: Determination): SlipInput {
  return {
    municipalityName: "東雲市",
    receptionNumber: "A-0042",
    flowTitle: "住民異動",
    issuedOn: FILED_ON,
    determination,
    qrText: "K1.7Q2M4XK9ZB3N5TPLWD6R8YHC.C4N2X7Q.MZ3K9P2LQW7D4XRT",
  };
}

/** Each department's forms in the order printDepartmentForms uses. */
function departmentForms(determination: Determination): [string, DeterminedForm[]][] {
  return determination.departments
    .map((d): [string, DeterminedForm[]] => [d.key, d.procedures.flatMap((p) => p.forms)])
    .filter(([, forms]) => forms.length > 0);
}

async function renderPacket(
  bundle: Bundle,
  answers: Answers,
  determination: Determination,
): Promise<Uint8Array[]> {
  const out = [await renderSlip(slipInput(determination))];
  for (const [, forms] of departmentForms(determination))
    out.push(await renderForms({ bundle, answers, forms, basePdfs, filedOn: FILED_ON }));
  return out;
}

const plainPlugins = { text, rectangle, ellipse, line, qrcode: qrPlugin };

async function renderNaive(
  bundle: Bundle,
  answers: Answers,
  determination: Determination,
): Promise<Uint8Array[]> {
  const naive = async (
    pages: Parameters<typeof pdfmeTemplate>[0],
    basePdf: Parameters<typeof pdfmeTemplate>[1],
  ) => generate({ ...pdfmeTemplate(pages, basePdf), plugins: plainPlugins, options: { font: readFont() } });
  const out = [
    await naive(slipLayout(slipInput(determination)), { width: 210, height: 297, padding: [0, 0, 0, 0] }),
  ];
  for (const [, forms] of departmentForms(determination))
    for (const form of forms) {
      const { pages, basePdf } = await formsLayout({
        bundle,
        answers,
        forms: [form],
        basePdfs,
        filedOn: FILED_ON,
      });
      out.push(await naive(pages, basePdf));
    }
  return out;
}

/** Wall-clock p50/p95, and the p50 of this process's CPU time (less skewed by other work on the machine). */
async function measure(run: () => Promise<unknown>, warmup: number, runs: number) {
  for (let i = 0; i < warmup; i++) await run();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const used = process.cpuUsage();
    await run();
    const delta = process.cpuUsage(used);
    times.push(performance.now() - start);
    cpu.push((delta.user + delta.system) / 1000);
  }
  const at = (xs: number[], q: number) =>
    xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)] ?? 0;
  return { p50: at(times, 0.5), p95: at(times, 0.95), cpuP50: at(cpu, 0.5) };
}

const ms = (value: number) => value.toFixed(0);
