import { type Db, findStaffById, handOverCounterSession, insertAudit, listStaff } from "@kakanai/db";
import { DomainError, notFound } from "../domain-error";
import type { Role } from "../roles";
import { alreadyCompletedMessage } from "./complete-session";
import { type CounterViewer, findSession } from "./find-session";
import { mayRunFlowKind } from "./flow-kind-access";

export interface Colleague {
  id: string;
  name: string;
  departmentName: string | null;
}

const counterRoles: readonly Role[] = ["counter_clerk", "bereavement_clerk"];

/** The city's active counter clerks other than the viewer: whom a reception can be handed to. */
export async function listColleagues(
  db: Db,
  params: { municipalityId: string; by: CounterViewer },
): Promise<Colleague[]> {
  const all = await listStaff(db, { municipalityId: params.municipalityId });
  return all
    .filter((s) => !s.disabled && s.id !== params.by.id && s.roles.some((r) => counterRoles.includes(r)))
    .map((s) => ({ id: s.id, name: s.name, departmentName: s.departmentName }));
}

/**
 * The clerk who holds a reception (or a system admin) gives it to a colleague at the counter, who
 * then reads, answers and prints it instead; audited as `session.hand_over`.
 */
export async function handOverSession(
  db: Db,
  params: { sessionId: string; toStaffId: string; municipalityId: string; by: CounterViewer; now?: Date },
): Promise<{ assignedTo: string }> {
  const now = params.now ?? new Date();
  return db.transaction(async (tx) => {
    const session = await findSession(tx, { ...params, forUpdate: true, access: params.by });
    if (session.status === "completed") throw new DomainError("BAD_REQUEST", alreadyCompletedMessage);
    const to = await findStaffById(tx, { municipalityId: params.municipalityId, id: params.toStaffId });
    if (!to || to.disabled || !to.roles.some((r) => counterRoles.includes(r)))
      throw notFound("引き継ぎ先の窓口職員");
    if (to.id === session.assignedTo) {
      throw new DomainError("BAD_REQUEST", "この受付はすでにその職員が担当しています。");
    }
    if (!mayRunFlowKind(to.roles, session.bundle.flow.kind)) {
      throw new DomainError(
        "BAD_REQUEST",
        "この職員はこの種類の受付を担当できません。別の職員を選んでください。",
      );
    }
    const moved = await handOverCounterSession(tx, {
      sessionId: session.id,
      municipalityId: params.municipalityId,
      from: session.assignedTo,
      to: to.id,
      now,
    });
    if (!moved)
      throw new DomainError("CONFLICT", "この受付は先に引き継がれました。一覧を読み込み直してください。");
    await insertAudit(tx, {
      municipalityId: params.municipalityId,
      staffId: params.by.id,
      action: "session.hand_over",
      target: session.id,
      detail: { from: session.assignedTo, to: to.id },
    });
    return { assignedTo: to.id };
  });
}
