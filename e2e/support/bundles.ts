import { createDb, schema } from "@kakanai/db";
import type { Bundle } from "@kakanai/engine";
import { and, desc, eq } from "drizzle-orm";

/** The newest published bundle of a flow, read straight from the database. */
export async function latestBundle(municipalityId: string, flowKey: string) {
  const db = createDb(process.env.DATABASE_URL ?? "", { maxConnections: 1 });
  try {
    const [row] = await db
      .select({ seq: schema.bundles.seq, document: schema.bundles.document })
      .from(schema.bundles)
      .innerJoin(schema.flows, eq(schema.flows.id, schema.bundles.flowId))
      .where(and(eq(schema.flows.municipalityId, municipalityId), eq(schema.flows.key, flowKey)))
      .orderBy(desc(schema.bundles.seq))
      .limit(1);
    if (!row) throw new Error(`no bundle for ${flowKey}`);
    return { seq: row.seq, document: row.document as Bundle };
  } finally {
    await db.$client.end();
  }
}
