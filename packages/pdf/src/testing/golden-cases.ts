import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Answers, DeterminedForm } from "@kakanai/engine";
import { demoFormAssets, demoForms } from "../../../../db/demo-city/forms";
import { formSheets } from "../form-sheets";
import { renderChecklist } from "../render-checklist";
import { renderForms } from "../render-forms";
import { renderSlip } from "../render-slip";
import { sampleBereavement } from "./sample-bereavement";
import { sampleBirth } from "./sample-birth";
import { sampleDetermination } from "./sample-determination";
import { sampleHousehold } from "./sample-household";
import { SAMPLE_BIRTH_FORMS, SAMPLE_FORM_MEMBERS, samplePacket } from "./sample-packet";

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

/** The 7-member 転入 household of the golden packet, with a few answers that only some forms print. */
export function goldenHousehold(): Answers {
  const household = sampleHousehold(7);
  const members = household.members as Record<string, unknown>[];
  members[0] = { ...members[0], wantsResidenceCertificate: 2 };
  members[1] = { ...members[1], wantsResidenceCertificate: 1, handbooks: ["physical", "mental"] };
  return household;
}

function formsCase(name: string, answers: Answers, forms: DeterminedForm[]): GoldenCase {
  const basePdfs = Object.fromEntries(demoFormAssets.map((a) => [a.sha256, readFileSync(a.path)]));
  const pageNames = forms.flatMap((form) => {
    const def = demoForms.find((f) => f.key === form.formKey);
    const pages = (def ? formSheets(def, form).length : 1) * (def?.pageCount ?? 1);
    return Array.from({ length: pages }, (_, i) => `${form.formKey}-${i + 1}`);
  });
  const render = () =>
    renderForms({ bundle: { forms: demoForms }, answers, forms, basePdfs, filedOn: FILED_ON });
  return { name, render, pageNames };
}

/** Every demo form (F01–F30, O-F01–O-F09) filled for fixed households, the 手続き案内票 and the おくやみ checklist. */
export function goldenCases(): GoldenCase[] {
  // F01 takes all 7 members, so its continuation sheet is pictured too.
  const jumin = samplePacket(Object.keys(SAMPLE_FORM_MEMBERS), { F01: [0, 1, 2, 3, 4, 5, 6] });
  const birth = samplePacket(SAMPLE_BIRTH_FORMS);
  const bereavement = sampleBereavement();
  return [
    formsCase("forms-jumin", goldenHousehold(), jumin),
    formsCase("forms-shussei", sampleBirth(), birth),
    formsCase("forms-okuyami", bereavement.answers, okuyamiPacket()),
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
