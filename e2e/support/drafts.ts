import { createDb, schema } from "@kakanai/db";
import { and, eq, sql } from "drizzle-orm";
import { runInfo } from "./run-info";

type Draft = (typeof schema.flows.$inferSelect)["draft"];

/**
 * A spec that saves a demo flow's draft in the studio puts it back afterwards, so the specs after it
 * (and visit.spec's publish) see the demo city as seeded. The draft is read and written straight in
 * the database; the restore is a new draft version, as any save is, so an open editor notices it.
 */
export async function snapshotDrafts(flowKeys: string[]): Promise<() => Promise<void>> {
  const { municipalityId } = runInfo();
  const saved = new Map<string, Draft>();
  await withDb(async (db) => {
    for (const key of flowKeys) {
      const [row] = await db
        .select({ draft: schema.flows.draft })
        .from(schema.flows)
        .where(and(eq(schema.flows.municipalityId, municipalityId), eq(schema.flows.key, key)));
      if (!row) throw new Error(`no flow ${key}`);
      saved.set(key, row.draft);
    }
  });
  return () =>
    withDb(async (db) => {
      for (const [key, draft] of saved)
        await db
          .update(schema.flows)
          .set({ draft, draftVersion: sql`${schema.flows.draftVersion} + 1`, updatedAt: new Date() })
          .where(and(eq(schema.flows.municipalityId, municipalityId), eq(schema.flows.key, key)));
    });
}

async function withDb<T>(run: (db: ReturnType<typeof createDb>) => Promise<T>): Promise<T> {
  const db = createDb(process.env.DATABASE_URL ?? "", { maxConnections: 1 });
  try {
    return await run(db);
  } finally {
    await db.$client.end();
  }
}
