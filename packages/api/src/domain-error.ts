/**
 * What went wrong, in terms a person at the counter can act on. Domain code throws these; only
 * error-mapping.ts turns them into tRPC codes. Messages are Japanese and never contain personal data.
 */
export type DomainErrorKind =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS";

export interface DomainIssue {
  path?: string;
  message: string;
}

export class DomainError extends Error {
  readonly kind: DomainErrorKind;
  readonly issues: DomainIssue[];

  constructor(kind: DomainErrorKind, message: string, issues: DomainIssue[] = []) {
    super(message);
    this.name = "DomainError";
    this.kind = kind;
    this.issues = issues;
  }
}

export const notFound = (what: string) => new DomainError("NOT_FOUND", `${what}が見つかりません。`);
