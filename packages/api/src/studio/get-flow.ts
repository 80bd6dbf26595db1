import { type Db, listDepartments } from "@kakanai/db";
import type { Department } from "@kakanai/engine";
import { findFlow } from "./find-flow";
import type { FlowDraft } from "./flow-draft";

export interface FlowDetail {
  id: string;
  key: string;
  title: string;
  kind: string;
  draftVersion: number;
  draft: FlowDraft;
  departments: Department[];
  /** The department that owns the flow (its questions and flow tests without a departmentKey). */
  ownerDepartmentKey: string | null;
  /**
   * Whose parts this user may change (see edit-scope.ts): null = all of the flow; a key = only that
   * department's questions, procedures, forms and flow tests (the server refuses the rest).
   */
  editDepartmentKey: string | null;
}

export async function getFlow(
  db: Db,
  params: { flowId: string; municipalityId: string; ownDepartmentId: string | null },
): Promise<FlowDetail> {
  const flow = await findFlow(db, params);
  const departments = await listDepartments(db, { municipalityId: params.municipalityId });
  const keyOf = (id: string | null) => departments.find((d) => d.id === id)?.key ?? null;
  return {
    id: flow.id,
    key: flow.key,
    title: flow.title,
    kind: flow.kind,
    draftVersion: flow.draftVersion,
    // Stored as authored (FlowDraftDocument, the zod input): the studio's saves store it parsed, but
    // the seed's and tests' drafts may lack defaults. Read as is, unparsed, as before.
    draft: flow.draft as FlowDraft,
    departments: departments.map(({ key, name, counter }) => ({ key, name, counter })),
    ownerDepartmentKey: keyOf(flow.ownerDepartmentId),
    editDepartmentKey:
      params.ownDepartmentId === null || params.ownDepartmentId === flow.ownerDepartmentId
        ? null
        : (keyOf(params.ownDepartmentId) ?? ""),
  };
}
