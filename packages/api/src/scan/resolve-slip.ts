import { type Db, findDepartmentByKey, insertAudit } from "@kakanai/db";
import {
  type Answers,
  type Bundle,
  type DeterminedProcedure,
  effectiveAnswers,
  flowPersons,
  formatWareki,
} from "@kakanai/engine";
import type { AuthUser } from "../auth-user";
import { findSession } from "../counter/find-session";
import { DomainError } from "../domain-error";
import { checkSlipCode } from "./check-slip-code";
import { linkDepartment } from "./link-department";

export interface SlipMember {
  index: number;
  name: string;
  kana: string;
  birthDateWareki: string;
}

export interface ResolvedSlip {
  linkId: string;
  receptionNumber: string;
  flowTitle: string;
  department: { key: string; name: string; counter: string };
  procedures: DeterminedProcedure[];
  members: SlipMember[];
}

/**
 * A linked department reads a slip: only its own procedures and the members those procedures name.
 * Every resolve is one audit row (a read of a resident's data); the linkage is counted once.
 */
export async function resolveSlip(
  db: Db,
  params: { code: string; user: AuthUser; departmentKey?: string; now?: Date },
): Promise<ResolvedSlip> {
  const { user } = params;
  const departmentKey = user.departmentKey ?? params.departmentKey;
  if (!departmentKey) throw new DomainError("BAD_REQUEST", "所属課が設定されていないため、読み取れません。");
  const { sessionId, flowTitle } = await checkSlipCode(db, {
    code: params.code,
    user,
    now: params.now ?? new Date(),
  });
  const department = await findDepartmentByKey(db, {
    municipalityId: user.municipalityId,
    key: departmentKey,
  });
  if (!department) throw new DomainError("BAD_REQUEST", "所属課が見つかりません。");
  const session = await findSession(db, {
    sessionId,
    municipalityId: user.municipalityId,
    access: "linked-department",
  });
  const { determination } = session;
  if (!determination) throw new DomainError("BAD_REQUEST", "この受付はまだ判定されていません。");
  const procedures = determination.procedures.filter((p) => p.departmentKey === department.key);
  const linkId = await linkDepartment(db, {
    sessionId,
    municipalityId: user.municipalityId,
    departmentKey,
    staffId: user.id,
  });
  await insertAudit(db, {
    municipalityId: user.municipalityId,
    staffId: user.id,
    action: "slip.resolve",
    target: sessionId,
    detail: { departmentKey, linkId },
  });
  return {
    linkId,
    receptionNumber: session.receptionNumber,
    flowTitle,
    department,
    procedures,
    members: membersOf(session.bundle, session.answers, procedures),
  };
}

/** The people those procedures name, from the answers that count (the baby in 出生, the movers…). */
function membersOf(bundle: Bundle, answers: Answers, procedures: DeterminedProcedure[]): SlipMember[] {
  const list = flowPersons(bundle, effectiveAnswers(bundle, answers).context.data).items;
  const indices = [...new Set(procedures.flatMap((p) => p.members))].sort((a, b) => a - b);
  return indices.flatMap((index) => {
    const m = list[index] as Record<string, unknown> | undefined;
    if (!m) return [];
    const birthDate = typeof m.birthDate === "string" ? m.birthDate : "";
    return [
      {
        index,
        name: str(m.name),
        kana: str(m.kana),
        birthDateWareki: birthDate ? safeWareki(birthDate) : "",
      },
    ];
  });
}

const str = (v: unknown) => (typeof v === "string" ? v : "");

function safeWareki(iso: string): string {
  try {
    return formatWareki(iso);
  } catch {
    return iso;
  }
}
