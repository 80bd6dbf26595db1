import { DomainError } from "../domain-error";
import type { Role } from "../roles";

/**
 * Which flows a counter role runs: the おくやみ desk (bereavement_clerk) only おくやみ flows, the
 * ordinary counter (counter_clerk) every other kind; a system admin any. Someone with both roles
 * runs both.
 */
export function mayRunFlowKind(roles: readonly Role[], kind: string): boolean {
  if (roles.includes("system_admin")) return true;
  return kind === "okuyami" ? roles.includes("bereavement_clerk") : roles.includes("counter_clerk");
}

export const flowKindRefusal = (kind: string) =>
  new DomainError(
    "FORBIDDEN",
    kind === "okuyami"
      ? "おくやみの受付は、おくやみ窓口の職員だけが行えます。"
      : "おくやみ窓口の職員は、おくやみ以外の受付を行えません。",
  );
