import { type DbOrTx, findCounterSession, type schema } from "@kakanai/db";
import type { Answers, Bundle, Determination } from "@kakanai/engine";
import { DomainError, notFound } from "../domain-error";
import type { Role } from "../roles";
import { type BundleRef, cachedBundle } from "./bundle-cache";

export const purgedSessionMessage =
  "この受付は保存期間を過ぎたため、回答と判定結果を削除しました。必要な場合は新しく受付をしてください。";

export const cancelledSessionMessage =
  "この受付は取り消されたため、回答・判定・印刷はできません。必要な場合は新しく受付をしてください。";

export interface SessionRecord {
  id: string;
  municipalityId: string;
  status: string;
  answers: Answers;
  revision: number;
  receptionNumber: string;
  /** YYYY-MM-DD (Japan) the reception was started. */
  receptionDate: string;
  determination: Determination | null;
  createdBy: string;
  /** The clerk who holds it now (its starter until a hand-over). */
  assignedTo: string;
  updatedAt: Date;
  bundleSeq: number;
  /** Shared and frozen (see bundle-cache.ts): never mutate it. */
  bundle: Bundle;
}

/** Who asks for a reception at the counter. */
export interface CounterViewer {
  id: string;
  roles: readonly Role[];
}

/**
 * Who may see the reception: a counter viewer sees only a reception they hold (a system admin any of
 * the city's); "linked-department" is the /scan path, where the slip's QR code is the authority.
 */
export type ReceptionAccess = CounterViewer | "linked-department";

export const notYourReceptionMessage =
  "この受付は別の職員が担当しています。担当の職員から「引き継ぐ」で引き継いでもらってください。";

/** Refuses a reception the viewer does not hold (system admins excepted). */
export function requireHeld<S extends { assignedTo: string }>(session: S, access: ReceptionAccess): S {
  if (access === "linked-department" || access.roles.includes("system_admin")) return session;
  if (session.assignedTo !== access.id) throw new DomainError("FORBIDDEN", notYourReceptionMessage);
  return session;
}

/**
 * A session of this municipality with the bundle it started on (never a newer one), refused unless
 * `access` may see it. The session row is read without the bundle's document; the bundle comes
 * parsed from the per-process cache.
 */
export async function findSession(
  db: DbOrTx,
  params: { sessionId: string; municipalityId: string; forUpdate?: boolean; access: ReceptionAccess },
): Promise<SessionRecord> {
  const row = await findCounterSession(db, params);
  if (!row) throw notFound("受付");
  requireHeld(row.session, params.access);
  // A cancelled reception is read by nothing at the counter or a linked department: not answered, judged or printed.
  if (row.session.status === "cancelled") throw new DomainError("BAD_REQUEST", cancelledSessionMessage);
  return toSessionRecord(db, row.session, row.bundle);
}

/** A counter_sessions row and its bundle reference as the api works with them. */
export async function toSessionRecord(
  db: DbOrTx,
  s: typeof schema.counterSessions.$inferSelect,
  bundleRef: BundleRef & { seq: number },
): Promise<SessionRecord> {
  if (s.purgedAt) throw new DomainError("NOT_FOUND", purgedSessionMessage);
  const bundle = await cachedBundle(db, bundleRef);
  return {
    id: s.id,
    municipalityId: s.municipalityId,
    status: s.status,
    answers: s.answers,
    revision: s.revision,
    receptionNumber: s.receptionNumber,
    receptionDate: s.receptionDate,
    determination: s.determination,
    createdBy: s.createdBy,
    assignedTo: s.assignedTo,
    updatedAt: s.updatedAt,
    bundleSeq: bundleRef.seq,
    bundle,
  };
}
