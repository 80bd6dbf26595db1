import { type DbOrTx, type FlowDraftDocument, listDepartments } from "@kakanai/db";
import { changedPartsOutside } from "@kakanai/engine";
import type { AuthUser } from "../auth-user";
import { DomainError } from "../domain-error";
import { flowDraft } from "./flow-draft";

/**
 * The department whose parts of flows this user may change (null = everything of the city). A
 * system admin, and a publisher who is no department's admin, change any flow; a department admin
 * (also one who publishes) changes their department's flows and their department's parts of shared
 * flows (see checkOwnParts).
 */
export const editScope = (user: AuthUser): string | null =>
  user.roles.includes("system_admin") || !user.roles.includes("dept_admin") ? null : user.departmentId;

export const otherDepartmentMessage = "このフローは他の課の担当です。編集できません。";

/** Refuses a change to a flow another department owns as a whole (creating, duplicating, importing). */
export function checkOwnFlow(flow: { ownerDepartmentId: string | null }, ownDepartmentId: string | null) {
  if (ownDepartmentId !== null && flow.ownerDepartmentId !== ownDepartmentId)
    throw new DomainError("FORBIDDEN", otherDepartmentMessage);
}

/**
 * Refuses a save of a flow another department owns unless every added, removed or changed question,
 * procedure, form and flow test is the saving department's own, the others keep their order and the
 * flow's settings stay (`changedPartsOutside` in the engine). The message names each refused item.
 */
export async function checkOwnParts(
  db: DbOrTx,
  params: {
    flow: { ownerDepartmentId: string | null; municipalityId: string; draft: FlowDraftDocument };
    next: FlowDraftDocument;
    ownDepartmentId: string | null;
  },
): Promise<void> {
  const { flow, ownDepartmentId } = params;
  if (ownDepartmentId === null || flow.ownerDepartmentId === ownDepartmentId) return;
  const departments = await listDepartments(db, { municipalityId: flow.municipalityId });
  const keyOf = (id: string | null) => departments.find((d) => d.id === id)?.key ?? null;
  const own = departments.find((d) => d.id === ownDepartmentId);
  if (!own) throw new DomainError("FORBIDDEN", otherDepartmentMessage);
  // Both sides with their defaults, as the studio's saves store them (the seed's drafts lack some).
  const parsed = (draft: FlowDraftDocument) => flowDraft.safeParse(draft).data ?? draft;
  const problems = changedPartsOutside(parsed(flow.draft), parsed(params.next), {
    departmentKey: own.key,
    flowOwnerKey: keyOf(flow.ownerDepartmentId),
    departmentName: (key) => departments.find((d) => d.key === key)?.name ?? key,
  });
  if (problems.length > 0)
    throw new DomainError(
      "FORBIDDEN",
      `このフローで変更できるのは${own.name}の質問・手続き・様式・テストだけです。${problems.join("")}`,
      problems.map((message) => ({ message })),
    );
}
