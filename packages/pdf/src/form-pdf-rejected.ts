/** Why an uploaded form PDF was refused: a code for the api layer and a message that says what to do. */
export class FormPdfRejected extends Error {
  constructor(
    readonly code:
      | "NOT_PDF"
      | "TOO_LARGE"
      | "TRUNCATED"
      | "CORRUPT"
      | "ENCRYPTED"
      | "NO_PAGES"
      | "TOO_MANY_PAGES"
      | "TOO_COMPLEX",
    message: string,
  ) {
    super(message);
    this.name = "FormPdfRejected";
  }
}
