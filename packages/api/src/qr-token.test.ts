import { describe, expect, it } from "vitest";
import { signSlipCode, verifySlipCode } from "./qr-token";

const sessionId = "0f8fad5b-d9cb-469f-a165-70867728950e";
const now = new Date("2025-04-01T09:00:00+09:00");
const expiresAt = new Date("2025-04-15T09:00:00+09:00");
const secret = "secret-of-shinonome";

describe("slip code", () => {
  it("round-trips and fits the QR alphanumeric mode", () => {
    const code = signSlipCode({ sessionId, expiresAt, secret });
    expect(code).toMatch(/^[0-9A-Z $%*+\-./:]+$/);
    expect(code.startsWith("K1.")).toBe(true);
    expect(code.length).toBeLessThanOrEqual(60);
    expect(verifySlipCode(code, secret, now)).toEqual({ ok: true, sessionId, expiresAt });
    expect(verifySlipCode(` ${code.toLowerCase()}\n`, secret, now).ok).toBe(true);
  });

  it("refuses a code signed with another secret, an altered one, an expired one and garbage", () => {
    const code = signSlipCode({ sessionId, expiresAt, secret });
    expect(verifySlipCode(code, "another-city", now)).toMatchObject({ ok: false, reason: "forged" });
    const parts = code.split(".");
    const later = signSlipCode({ sessionId, expiresAt: new Date("2030-01-01"), secret: "x" }).split(".")[2];
    expect(verifySlipCode([parts[0], parts[1], later, parts[3]].join("."), secret, now)).toMatchObject({
      reason: "forged",
    });
    const flipped = code.slice(0, 5) + (code[5] === "A" ? "B" : "A") + code.slice(6);
    expect(verifySlipCode(flipped, secret, now)).toMatchObject({ ok: false, reason: "forged" });
    expect(verifySlipCode(code, secret, new Date("2025-04-16"))).toMatchObject({
      ok: false,
      reason: "expired",
    });
    expect(verifySlipCode("https://example.com", secret, now)).toMatchObject({ reason: "malformed" });
    expect(verifySlipCode("K1.AAAA.BBBB.CCCC", secret, now)).toMatchObject({ reason: "malformed" });
  });
});
