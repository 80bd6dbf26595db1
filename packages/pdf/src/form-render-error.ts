/** Why a packet of forms could not be rendered; the api layer maps `code` to a response. */
export class FormRenderError extends Error {
  constructor(
    readonly code: "FORM_NOT_IN_BUNDLE" | "BASE_PDF_MISSING" | "BASE_PDF_PAGES" | "FIELD_VALUE_INVALID",
    message: string,
  ) {
    super(message);
    this.name = "FormRenderError";
  }
}
