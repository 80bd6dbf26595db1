export interface LintIssue {
  severity: "error" | "warning";
  /** Where in the bundle, as in parseBundle messages: procedures[3].memberRule */
  path: string;
  /** Japanese, saying what to fix. */
  message: string;
}

export type Report = (path: string, message: string) => void;

export interface Reporter {
  error: Report;
  warn: Report;
}
