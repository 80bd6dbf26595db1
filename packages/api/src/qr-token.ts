import { createHmac, timingSafeEqual } from "node:crypto";
import { base32Decode, base32Encode } from "./base32";

/**
 * The slip's QR text: `K1.<session id>.<expiry>.<mac>`, all base32 upper case so it fits the QR
 * alphanumeric mode (55 characters). It carries no personal data: a lost slip reveals nothing, and the
 * MAC (HMAC-SHA-256 with the municipality's secret, truncated to 80 bits) makes guessing useless.
 */
const version = "K1";
const macBytes = 10;

export function signSlipCode(params: { sessionId: string; expiresAt: Date; secret: string }): string {
  const body = `${version}.${base32Encode(uuidBytes(params.sessionId))}.${base32Encode(secondsBytes(params.expiresAt))}`;
  return `${body}.${base32Encode(mac(body, params.secret))}`;
}

export type SlipCodeCheck =
  | { ok: true; sessionId: string; expiresAt: Date }
  | { ok: false; reason: "malformed" | "forged" | "expired"; sessionId: string | null };

/** Checks shape, then MAC, then expiry (so an altered expiry reads as forged, not as valid or expired). */
export function verifySlipCode(code: string, secret: string, now: Date): SlipCodeCheck {
  const parsed = parseSlipCode(code);
  if (!parsed) return { ok: false, reason: "malformed", sessionId: null };
  const expected = mac(parsed.body, secret);
  if (parsed.mac.length !== expected.length || !timingSafeEqual(parsed.mac, expected)) {
    return { ok: false, reason: "forged", sessionId: parsed.sessionId };
  }
  if (parsed.expiresAt.getTime() <= now.getTime())
    return { ok: false, reason: "expired", sessionId: parsed.sessionId };
  return { ok: true, sessionId: parsed.sessionId, expiresAt: parsed.expiresAt };
}

/** The unverified content; only for choosing which city's secret to check with. */
export function parseSlipCode(
  code: string,
): { body: string; sessionId: string; expiresAt: Date; mac: Uint8Array } | null {
  // Scanners acting as keyboards may add spaces/newlines or send lower case under a wrong layout.
  const parts = code.trim().toUpperCase().split(".");
  if (parts.length !== 4 || parts[0] !== version) return null;
  const [, sid, exp, tag] = parts as [string, string, string, string];
  const sidBytes = base32Decode(sid);
  const expBytes = base32Decode(exp);
  const macValue = base32Decode(tag);
  if (sidBytes?.length !== 16 || expBytes?.length !== 5 || !macValue) return null;
  const seconds = expBytes.reduce((acc, b) => acc * 256 + b, 0);
  return {
    body: `${version}.${sid}.${exp}`,
    sessionId: bytesToUuid(sidBytes),
    expiresAt: new Date(seconds * 1000),
    mac: macValue,
  };
}

function mac(body: string, secret: string): Uint8Array {
  return createHmac("sha256", secret).update(body).digest().subarray(0, macBytes);
}

function uuidBytes(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, "");
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new Error("sessionId must be a UUID");
  return Uint8Array.from(Buffer.from(hex, "hex"));
}

function bytesToUuid(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function secondsBytes(date: Date): Uint8Array {
  let seconds = Math.floor(date.getTime() / 1000);
  const out = new Uint8Array(5);
  for (let i = 4; i >= 0; i--) {
    out[i] = seconds % 256;
    seconds = Math.floor(seconds / 256);
  }
  return out;
}
