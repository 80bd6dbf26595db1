/**
 * Machine-readable codes the api layer maps to HTTP/tRPC codes; the message is Japanese and says
 * what to fix.
 */
export type EngineErrorCode =
  | "BUNDLE_INVALID"
  | "BUNDLE_VERSION_UNSUPPORTED"
  | "ANSWER_PATH_INVALID"
  | "RULE_FAILED"
  | "FLOW_TEST_INVALID";

export class EngineError extends Error {
  readonly code: EngineErrorCode;
  readonly details?: unknown;

  constructor(code: EngineErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "EngineError";
    this.code = code;
    this.details = details;
  }
}
