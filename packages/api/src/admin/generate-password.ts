import { randomInt } from "node:crypto";

// No 0/O, 1/l/I: the password is read off a screen and typed in once.
const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/** A random initial password (12 characters ≈ 70 bits), shown once to the system admin. */
export function generatePassword(length = 12): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}
