import type { Determination } from "@kakanai/engine";
import { generatePdf } from "./generate-pdf";
import { slipLayout } from "./slip-layout";

export interface SlipInput {
  municipalityName: string;
  receptionNumber: string;
  flowTitle: string;
  /** ISO date, printed in 和暦. */
  issuedOn: string;
  determination: Determination;
  /** The signed, opaque reference; printed as a QR code exactly as given, never as text. */
  qrText: string;
}

/** The 手続き案内票 the resident carries to the next counters: A4 portrait, continued on more pages. */
export async function renderSlip(input: SlipInput): Promise<Uint8Array> {
  const pages = slipLayout(input);
  return generatePdf(pages, { width: 210, height: 297, padding: [0, 0, 0, 0] });
}
