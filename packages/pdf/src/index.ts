export { FormRenderError } from "./form-render-error";
export { type FormsInput, renderForms } from "./render-forms";
export { renderSlip, type SlipInput } from "./render-slip";
