import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { flows } from "../schema";

export interface FindFlowRowParams {
  flowId: string;
  municipalityId: string;
  /** Lock the flow row until the transaction ends (publishing numbers its bundles under this lock). */
  forUpdate?: boolean;
}

/** A flow of this municipality, draft included; null when absent or another city's. */
export async function findFlowRow(db: DbOrTx, params: FindFlowRowParams) {
  const query = db
    .select()
    .from(flows)
    .where(and(eq(flows.id, params.flowId), eq(flows.municipalityId, params.municipalityId)))
    .limit(1);
  const [row] = params.forUpdate ? await query.for("update") : await query;
  return row ?? null;
}

/** Which municipality a flow belongs to, for trusted callers that name a flow only (the seed). */
export async function findFlowMunicipalityId(db: DbOrTx, params: { flowId: string }): Promise<string | null> {
  const [row] = await db
    .select({ municipalityId: flows.municipalityId })
    .from(flows)
    .where(eq(flows.id, params.flowId));
  return row?.municipalityId ?? null;
}
