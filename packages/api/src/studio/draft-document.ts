import { type DbOrTx, type FlowDraftDocument, listDepartments } from "@kakanai/db";

/**
 * The bundle document a draft would publish as: the draft plus schemaVersion and a snapshot of the
 * city's departments. Publishing and "what publishing would change" build it the same way.
 */
export async function draftDocument(
  db: DbOrTx,
  params: { draft: FlowDraftDocument; municipalityId: string },
): Promise<Record<string, unknown>> {
  const departments = await listDepartments(db, { municipalityId: params.municipalityId });
  return {
    ...params.draft,
    schemaVersion: 1,
    departments: departments.map(({ key, name, counter }) => ({ key, name, counter })),
  };
}
