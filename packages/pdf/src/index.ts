export { FormPdfRejected } from "./form-pdf-rejected";
export { FormRenderError } from "./form-render-error";
export { type FormPdfInfo, type InspectFormPdfOptions, inspectFormPdf } from "./inspect-form-pdf";
export { PdfPool, PdfPoolBusy, type PdfPoolOptions, PdfTaskTimedOut, pdfPool } from "./pool/pdf-pool";
export { type ChecklistInput, renderChecklist } from "./render-checklist";
export { type FormsInput, renderForms } from "./render-forms";
export { renderSlip, type SlipInput } from "./render-slip";
export { maxSampleHousehold, sampleHouseholdAnswers } from "./sample-household-answers";
