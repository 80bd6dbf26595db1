import type { APIRequestContext } from "@playwright/test";
import { expect } from "@playwright/test";

/** Downloads a PDF as the logged-in browser would (same cookies) and checks it is one. */
export async function fetchPdf(request: APIRequestContext, url: string): Promise<Uint8Array> {
  const res = await request.get(url);
  expect(res.status(), `${url} → ${res.status()} ${await res.text().catch(() => "")}`).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/pdf");
  const bytes = new Uint8Array(await res.body());
  expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  return bytes;
}
