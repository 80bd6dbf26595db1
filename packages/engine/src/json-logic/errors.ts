/**
 * An error raised while evaluating a rule. `type` follows the JSON Logic conformance suite
 * ("NaN", "Invalid Arguments", "Unknown Operator", or whatever a `throw` rule names), and `payload`
 * is the object a `try` fallback sees as its data ({ type } unless an object was thrown).
 */
export class JsonLogicError extends Error {
  readonly type: string;
  readonly payload: unknown;

  constructor(type: string, payload?: unknown, message?: string) {
    super(message ?? `JSON Logic: ${type}`);
    this.name = "JsonLogicError";
    this.type = type;
    this.payload = payload ?? { type };
  }
}

export function invalidArguments(operator: string): JsonLogicError {
  return new JsonLogicError(
    "Invalid Arguments",
    undefined,
    `JSON Logic: 「${operator}」の引数が正しくありません`,
  );
}

export function notANumber(): JsonLogicError {
  return new JsonLogicError("NaN");
}
