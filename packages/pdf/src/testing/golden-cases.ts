import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { demoFormAssets, demoForms } from "@kakanai/demo-city";
import { type DeterminedForm, determine } from "@kakanai/engine";
import { PDFDocument } from "@pdfme/pdf-lib";
import { formSheets } from "../form-sheets";
import { renderChecklist } from "../render-checklist";
import { renderForms } from "../render-forms";
import { renderSlip } from "../render-slip";
import { type DemoFlowKey, demoBundle } from "./demo-bundles";
import { sampleBereavement } from "./sample-bereavement";
import { sampleDetermination } from "./sample-determination";

/** Where the committed reference PNGs live, one folder per case. */
export const GOLDEN_DIR = fileURLToPath(new URL("../../test/golden/", import.meta.url));
/** Low resolution keeps the references small; text still moves whole pixels when it changes. */
export const GOLDEN_DPI = 50;
export const FILED_ON = "2025-04-03";
export const GOLDEN_QR = "K1.7Q2M4XK9ZB3N5TPLWD6R8YHC.C4N2X7Q.MZ3K9P2LQW7D4XRT";

export interface GoldenCase {
  /** Folder name under test/golden. */
  name: string;
  render: () => Promise<Uint8Array>;
  /** One file name (without .png) per page, in page order. */
  pageNames: string[];
}

/** The おくやみ desk's forms O-F01–O-F09, once each, in key order (= department order). */
export function okuyamiPacket(): DeterminedForm[] {
  return demoForms
    .filter((f) => f.key.startsWith("O-F"))
    .map((f) => ({
      formKey: f.key,
      title: f.title,
      departmentKey: f.departmentKey,
      mode: "once",
      members: [],
      sheets: 1,
    }));
}

/**
 * Every (flow, form) pair the demo city can print: for each flow, each form its procedures name,
 * printed from the first of the flow's own tests whose determination gives it (its first copy), so
 * a form shared by several flows is pictured from each. A form no flow test prints fails here.
 */
export function flowFormCases(): GoldenCase[] {
  const basePdfs = Object.fromEntries(demoFormAssets.map((a) => [a.sha256, readFileSync(a.path)]));
  return DEMO_FLOWS.map((flowKey) => {
    const bundle = demoBundle(flowKey);
    const printed = [...new Set(bundle.procedures.flatMap((p) => p.forms.map((f) => f.formKey)))];
    const picks = printed.map((formKey) => {
      for (const t of bundle.tests) {
        const form = determine(bundle, t.answers)
          .procedures.flatMap((p) => p.forms)
          .find((f) => f.formKey === formKey);
        if (form) return { answers: t.answers, form };
      }
      throw new Error(`${flowKey}: 様式 ${formKey} を印刷するフローテストがありません`);
    });
    const pageNames = picks.flatMap(({ form }) => {
      const def = bundle.forms.find((f) => f.key === form.formKey);
      const pages = (def ? formSheets(def, form).length : 1) * (def?.pageCount ?? 1);
      return Array.from({ length: pages }, (_, i) => `${form.formKey}-${i + 1}`);
    });
    const render = async () => {
      const pdfs = await Promise.all(
        picks.map(({ answers, form }) =>
          renderForms({ bundle, answers, forms: [form], basePdfs, filedOn: FILED_ON }),
        ),
      );
      return concatPdfs(pdfs);
    };
    return { name: `flow-${flowKey}`, render, pageNames };
  });
}

const DEMO_FLOWS: DemoFlowKey[] = ["jumin-idou", "shussei", "okuyami", "shoumei"];

/** One PDF of several, pages in order (pdf-lib copies them). */
async function concatPdfs(pdfs: Uint8Array[]): Promise<Uint8Array> {
  const out = await PDFDocument.create();
  for (const bytes of pdfs) {
    const doc = await PDFDocument.load(bytes);
    for (const page of await out.copyPages(doc, doc.getPageIndices())) out.addPage(page);
  }
  return out.save();
}

/** Every (flow, form) pair the demo city prints, the 手続き案内票 and the おくやみ checklist. */
export function goldenCases(): GoldenCase[] {
  const bereavement = sampleBereavement();
  return [
    ...flowFormCases(),
    {
      name: "slip",
      pageNames: ["slip-1"],
      render: () =>
        renderSlip({
          municipalityName: "東雲市",
          receptionNumber: "A-0042",
          flowTitle: "住民異動",
          issuedOn: "2025-04-01",
          determination: sampleDetermination(),
          qrText: GOLDEN_QR,
        }),
    },
    {
      name: "checklist",
      pageNames: ["checklist-1"],
      render: () =>
        renderChecklist({
          municipalityName: "東雲市",
          receptionNumber: "B-0007",
          issuedOn: "2025-04-03",
          deceasedName: bereavement.deceasedName,
          determination: bereavement.determination,
        }),
    },
  ];
}
