import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../client";
import { bundles, flows, formAssets, municipalityFormAssets } from "../schema";
import { createMunicipality } from "./create-municipality";
import { getFormAssets, listFormAssetHashes } from "./get-form-assets";
import { putFormAsset } from "./put-form-asset";

const db = createDb(inject("databaseUrl"), { maxConnections: 2 });
afterAll(() => db.$client.end());

const city = () => createMunicipality(db, { name: `市-${randomUUID()}` });

describe("putFormAsset", () => {
  it("stores bytes once under their sha256 and returns them unchanged", async () => {
    const { id: municipalityId } = await city();
    const bytes = new Uint8Array(randomBytes(64));
    const first = await putFormAsset(db, { municipalityId, bytes, fileName: "様式.pdf", pageCount: 2 });
    const second = await putFormAsset(db, { municipalityId, bytes, fileName: "別名.pdf", pageCount: 2 });
    expect(second.sha256).toBe(first.sha256);
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
    const rows = await db.select().from(formAssets).where(eq(formAssets.sha256, first.sha256));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.fileName).toBe("様式.pdf");
    const grants = await db
      .select()
      .from(municipalityFormAssets)
      .where(eq(municipalityFormAssets.sha256, first.sha256));
    expect(grants).toEqual([
      expect.objectContaining({ municipalityId, fileName: "様式.pdf", uploadedBy: null }),
    ]);
    const fetched = await getFormAssets(db, { municipalityId, sha256s: [first.sha256, "0".repeat(64)] });
    expect(Object.keys(fetched)).toEqual([first.sha256]);
    expect(Array.from(fetched[first.sha256] ?? [])).toEqual(Array.from(bytes));
  });

  it("shares the bytes but reads them only for the cities that uploaded them", async () => {
    const a = await city();
    const b = await city();
    const c = await city();
    const bytes = new Uint8Array(randomBytes(64));
    const { sha256 } = await putFormAsset(db, {
      municipalityId: a.id,
      bytes,
      fileName: "A.pdf",
      pageCount: 1,
    });
    expect(await getFormAssets(db, { municipalityId: b.id, sha256s: [sha256] })).toEqual({});
    expect(await listFormAssetHashes(db, { municipalityId: b.id, sha256s: [sha256] })).toEqual(new Set());
    expect(await listFormAssetHashes(db, { municipalityId: a.id, sha256s: [sha256] })).toEqual(
      new Set([sha256]),
    );

    // B uploading the same file gets its own right to it under its own name; still one copy of the bytes.
    await putFormAsset(db, { municipalityId: b.id, bytes, fileName: "B.pdf", pageCount: 1 });
    expect(Object.keys(await getFormAssets(db, { municipalityId: b.id, sha256s: [sha256] }))).toEqual([
      sha256,
    ]);
    expect(await db.select().from(formAssets).where(eq(formAssets.sha256, sha256))).toHaveLength(1);
    const names = await db
      .select({ m: municipalityFormAssets.municipalityId, name: municipalityFormAssets.fileName })
      .from(municipalityFormAssets)
      .where(eq(municipalityFormAssets.sha256, sha256));
    expect(names).toEqual(
      expect.arrayContaining([
        { m: a.id, name: "A.pdf" },
        { m: b.id, name: "B.pdf" },
      ]),
    );
    expect(await getFormAssets(db, { municipalityId: c.id, sha256s: [sha256] })).toEqual({});
  });

  it("records both rows or neither (one transaction, also inside a caller's)", async () => {
    const bytes = new Uint8Array(randomBytes(64));
    await expect(
      putFormAsset(db, { municipalityId: randomUUID(), bytes, fileName: "x.pdf", pageCount: 1 }),
    ).rejects.toThrow();
    const [{ count } = { count: -1 }] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(formAssets)
      .where(sql`${formAssets.sha256} = encode(sha256(${Buffer.from(bytes)}), 'hex')`);
    expect(count).toBe(0);
  });
});

/** The backfill statement of the migration that introduced municipality_form_assets. */
const backfill = readFileSync(
  new URL("../../../../db/migrations/0001_municipality_form_assets.sql", import.meta.url),
  "utf8",
)
  .split("--> statement-breakpoint")
  .map((s) => s.trim())
  .find((s) => s.includes("INSERT INTO"));

describe("migration 0001 backfill", () => {
  it("grants each city the base PDFs its drafts and bundles name, and nothing else", async () => {
    expect(backfill).toBeDefined();
    const rollback = new Error("rollback");
    const outcome = await db
      .transaction(async (tx) => {
        const a = await createMunicipality(tx, { name: `市-${randomUUID()}` });
        const b = await createMunicipality(tx, { name: `市-${randomUUID()}` });
        // Rows as they were before the migration: assets without any municipality.
        const shas = ["draft", "bundle", "unused"].map(() => randomBytes(32).toString("hex"));
        for (const sha256 of shas)
          await tx
            .insert(formAssets)
            .values({ sha256, bytes: randomBytes(8), fileName: `${sha256}.pdf`, pageCount: 1 });
        // Partial documents, not valid drafts or bundles: stored as raw JSON, past the column types.
        const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;
        const forms = (sha: string | undefined) => [
          { key: "F01", title: "届", departmentKey: "d", basePdfSha256: sha },
        ];
        const [flow] = await tx
          .insert(flows)
          .values({
            municipalityId: a.id,
            key: "f",
            title: "f",
            kind: "k",
            draft: json({ forms: forms(shas[0]) }),
          })
          .returning();
        await tx.insert(bundles).values({
          municipalityId: a.id,
          flowId: flow?.id ?? "",
          seq: 1,
          contentHash: "x",
          document: json({ forms: [...forms(shas[1]), ...forms(undefined), ...forms("f".repeat(64))] }),
        });
        // Odd documents contribute nothing instead of failing the migration.
        await tx.insert(flows).values({
          municipalityId: b.id,
          key: "g",
          title: "g",
          kind: "k",
          draft: json({ forms: { not: "an array" } }),
        });
        await tx
          .insert(flows)
          .values({ municipalityId: b.id, key: "h", title: "h", kind: "k", draft: json({}) });
        await tx.execute(sql.raw(backfill ?? ""));
        await tx.execute(sql.raw(backfill ?? "")); // idempotent
        const granted = await tx
          .select({ m: municipalityFormAssets.municipalityId, sha: municipalityFormAssets.sha256 })
          .from(municipalityFormAssets)
          .where(
            and(
              sql`${municipalityFormAssets.municipalityId} in (${a.id}, ${b.id})`,
              sql`${municipalityFormAssets.sha256} in (${sql.join(
                shas.map((s) => sql`${s}`),
                sql`, `,
              )})`,
            ),
          );
        throw Object.assign(rollback, { granted, a: a.id, shas });
      })
      .catch((e: unknown) => e);
    expect(outcome).toBe(rollback);
    const { granted, a, shas } = rollback as Error & {
      granted: { m: string; sha: string }[];
      a: string;
      shas: string[];
    };
    expect(granted).toHaveLength(2);
    expect(granted).toEqual(
      expect.arrayContaining([
        { m: a, sha: shas[0] },
        { m: a, sha: shas[1] },
      ]),
    );
  });
});
