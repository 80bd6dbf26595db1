import type { AuthUser } from "../auth-user";
import { DomainError } from "../domain-error";

/**
 * The department whose flows this user may change: a department admin edits only their own
 * department's flows (null = any flow of the city, for publishers and system admins).
 */
export const editScope = (user: AuthUser): string | null =>
  user.roles.includes("system_admin") || user.roles.includes("publisher") ? null : user.departmentId;

export const otherDepartmentMessage = "このフローは他の課の担当です。編集できません。";

/** Refuses a change to a flow another department owns (see editScope). */
export function checkOwnFlow(flow: { ownerDepartmentId: string | null }, ownDepartmentId: string | null) {
  if (ownDepartmentId !== null && flow.ownerDepartmentId !== ownDepartmentId)
    throw new DomainError("FORBIDDEN", otherDepartmentMessage);
}
