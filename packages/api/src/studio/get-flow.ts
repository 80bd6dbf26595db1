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
}

export async function getFlow(
  db: Db,
  params: { flowId: string; municipalityId: string },
): Promise<FlowDetail> {
  const flow = await findFlow(db, params);
  const departments = await listDepartments(db, { municipalityId: params.municipalityId });
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
  };
}
