import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { expect } from "@playwright/test";

const PDF_DIR = join(import.meta.dirname, "..", ".out", "pdfs");

/**
 * Downloads a PDF as the logged-in browser would (same cookies), checks it is one, and keeps a copy
 * in e2e/.out/pdfs/<name>.pdf for people to look at.
 */
export async function fetchPdf(request: APIRequestContext, url: string, name: string): Promise<Uint8Array> {
  const res = await request.get(url);
  expect(res.status(), `${url} → ${res.status()} ${await res.text().catch(() => "")}`).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/pdf");
  const bytes = new Uint8Array(await res.body());
  expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  mkdirSync(PDF_DIR, { recursive: true });
  writeFileSync(join(PDF_DIR, `${name}.pdf`), bytes);
  return bytes;
}
