import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../client";
import { formAssets } from "../schema";
import { getFormAssets } from "./get-form-assets";
import { putFormAsset } from "./put-form-asset";

const db = createDb(inject("databaseUrl"), { maxConnections: 2 });
afterAll(() => db.$client.end());

describe("putFormAsset", () => {
  it("stores bytes once under their sha256 and returns them unchanged", async () => {
    const bytes = new Uint8Array(randomBytes(64));
    const first = await putFormAsset(db, { bytes, fileName: "様式.pdf", pageCount: 2 });
    const second = await putFormAsset(db, { bytes, fileName: "別名.pdf", pageCount: 2 });
    expect(second.sha256).toBe(first.sha256);
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
    const rows = await db.select().from(formAssets).where(eq(formAssets.sha256, first.sha256));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.fileName).toBe("様式.pdf");
    const fetched = await getFormAssets(db, { sha256s: [first.sha256, "0".repeat(64)] });
    expect(Object.keys(fetched)).toEqual([first.sha256]);
    expect(Array.from(fetched[first.sha256] ?? [])).toEqual(Array.from(bytes));
  });
});
