import type { Determination } from "@kakanai/engine";
import { checklistLayout } from "./checklist-layout";
import { generatePdf } from "./generate-pdf";

export interface ChecklistInput {
  municipalityName: string;
  receptionNumber: string;
  /** ISO date, printed in 和暦. */
  issuedOn: string;
  /** 亡くなった方の氏名, printed as 「故 … 様」. */
  deceasedName: string;
  /** The おくやみ flow's result; its referenceDate is the date of death. */
  determination: Determination;
}

/**
 * The family's おくやみ checklist: every procedure that applies with its department, counter,
 * deadline (和暦) and what to bring, each with a box to tick. A4 portrait, continued on more pages.
 */
export async function renderChecklist(input: ChecklistInput): Promise<Uint8Array> {
  return generatePdf(checklistLayout(input), { width: 210, height: 297, padding: [0, 0, 0, 0] });
}
