import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

/**
 * scrypt with a per-user random salt, at OWASP's current minimum (N = 2^17, r = 8, p = 1: 128 MiB
 * and about 0.3 s a hash here). The parameters are stored in the hash string
 * (`scrypt$N$r$p$salt$key`), so a stored hash keeps verifying after they are raised and
 * `needsRehash` tells the login to store a new one.
 */
export const passwordHashParams = { N: 2 ** 17, r: 8, p: 1, keyLength: 32 } as const;

/** Hashes cost N·r·128 bytes; refuse stored parameters that would need more than this (1 GiB). */
const maxScryptMemory = 1024 * 1024 * 1024;

export async function hashPassword(password: string): Promise<string> {
  const { N, r, p, keyLength } = passwordHashParams;
  const salt = randomBytes(16);
  const key = await derive(password, salt, { N, r, p }, keyLength);
  return ["scrypt", N, r, p, salt.toString("base64"), key.toString("base64")].join("$");
}

interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

function parseHash(stored: string): (ScryptCost & { salt: Buffer; key: Buffer }) | null {
  const [scheme, n, r, p, saltB64, keyB64, ...rest] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !saltB64 || !keyB64 || rest.length > 0) return null;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (![cost.N, cost.r, cost.p].every((x) => Number.isSafeInteger(x) && x > 0)) return null;
  if (128 * cost.N * cost.r > maxScryptMemory) return null;
  return { ...cost, salt: Buffer.from(saltB64, "base64"), key: Buffer.from(keyB64, "base64") };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed || parsed.key.length === 0) return false;
  const actual = await derive(password, parsed.salt, parsed, parsed.key.length);
  return actual.length === parsed.key.length && timingSafeEqual(actual, parsed.key);
}

/** A stored hash made with weaker parameters than today's: replace it at the next successful login. */
export function needsRehash(stored: string): boolean {
  const parsed = parseHash(stored);
  const want = passwordHashParams;
  return (
    !parsed ||
    parsed.N < want.N ||
    parsed.r < want.r ||
    parsed.p < want.p ||
    parsed.key.length < want.keyLength
  );
}

function derive(password: string, salt: Buffer, cost: ScryptCost, keyLength: number) {
  // Node refuses scrypt above `maxmem` (32 MiB by default): allow what these parameters need.
  const maxmem = 128 * cost.N * cost.r + 64 * 1024 * 1024;
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(password.normalize("NFC"), salt, keyLength, { ...cost, maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}
