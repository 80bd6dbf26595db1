import { type DbOrTx, findFlowRow } from "@kakanai/db";
import { notFound } from "../domain-error";

/** A flow of this municipality; another city's id is "not found", never "forbidden" (no probing). */
export async function findFlow(
  db: DbOrTx,
  params: { flowId: string; municipalityId: string; forUpdate?: boolean },
) {
  const row = await findFlowRow(db, params);
  if (!row) throw notFound("フロー");
  return row;
}
