/**
 * What a scanner or a clerk types, as the slip code the server reads: full-width characters (an IME
 * left on) become half-width, 「。」 a dot, spaces and line breaks go, and letters are upper case.
 */
export function normalizeSlipInput(raw: string): string {
  return raw.normalize("NFKC").replace(/[。｡]/g, ".").replace(/\s+/g, "").toUpperCase();
}

/** `K1.<26>.<8>.<16>` in base32: a whole code, which the screen resolves without waiting for Enter. */
const complete = /^K1\.[A-Z2-7]{26}\.[A-Z2-7]{8}\.[A-Z2-7]{16}$/;

export function isCompleteSlipCode(code: string): boolean {
  return complete.test(code);
}
