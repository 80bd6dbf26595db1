import { type DbOrTx, schema } from "@kakanai/db";
import { and, eq } from "drizzle-orm";
import { notFound } from "../domain-error";

const { flows } = schema;

/** A flow of this municipality; another city's id is "not found", never "forbidden" (no probing). */
export async function findFlow(
  db: DbOrTx,
  params: { flowId: string; municipalityId: string; forUpdate?: boolean },
) {
  const query = db
    .select()
    .from(flows)
    .where(and(eq(flows.id, params.flowId), eq(flows.municipalityId, params.municipalityId)))
    .limit(1);
  const [row] = params.forUpdate ? await query.for("update") : await query;
  if (!row) throw notFound("フロー");
  return row;
}
