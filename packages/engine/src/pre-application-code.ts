/**
 * The short code a resident brings from the pre-application page: 8 symbols drawn at random (about
 * 39 bits) and one check symbol, from 30 characters that cannot be mistaken for one another when read
 * aloud or typed (no 0, 1, I, L, O, U). Shown as 「ABC-DEF-GH7」; the QR holds the same 9
 * characters and nothing else. The check symbol (Luhn mod 30) catches every single mistyped character
 * and most swapped neighbours before the server is asked.
 */
export const preApplicationAlphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
const n = preApplicationAlphabet.length;
export const preApplicationCodeLength = 8;

/** The check symbol of 8 code symbols (Luhn mod N). */
export function preApplicationCheck(body: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    const value = preApplicationAlphabet.indexOf(body[i] ?? "");
    let addend = factor * value;
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / n) + (addend % n);
    sum += addend;
  }
  return preApplicationAlphabet[(n - (sum % n)) % n] ?? "";
}

/** The code for 8 random numbers in 0…29 (the api draws them with node:crypto). */
export function preApplicationCodeFrom(values: readonly number[]): string {
  const body = values.map((v) => preApplicationAlphabet[v] ?? "").join("");
  return body + preApplicationCheck(body);
}

/**
 * What a scanner or a person typed, as a code: full-width characters (an IME left on) half-width,
 * hyphens and spaces gone, upper case.
 */
export function normalizePreApplicationInput(raw: string): string {
  return raw
    .normalize("NFKC")
    .replace(/[\s\-‐－ー―]/g, "")
    .toUpperCase();
}

/** The 8-symbol body of a complete, well-formed code (check symbol right), else null. */
export function preApplicationCodeBody(code: string): string | null {
  if (code.length !== preApplicationCodeLength + 1) return null;
  for (const ch of code) if (!preApplicationAlphabet.includes(ch)) return null;
  const body = code.slice(0, preApplicationCodeLength);
  return preApplicationCheck(body) === code.slice(-1) ? body : null;
}

/** 「ABC-DEF-GH7」: in threes, for reading out and writing down. */
export function formatPreApplicationCode(code: string): string {
  return code.match(/.{1,3}/g)?.join("-") ?? code;
}
