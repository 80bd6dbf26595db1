import { and, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { auditLog, departments, staff } from "../schema";

export interface ListAuditEntriesParams {
  municipalityId: string;
  /** Only rows by this staff account. */
  staffId?: string;
  /** Only rows by staff of this department (their department now). */
  departmentId?: string;
  /** Only this action ("session.print", …). */
  action?: string;
  /** From this instant, inclusive. */
  from?: Date;
  /** Before this instant, exclusive. */
  until?: Date;
  /** Keyset paging: only rows older than this id (ids grow with time). */
  beforeId?: number;
  limit: number;
}

/** A city's audit rows, newest first, with who did it (name, login id, department). */
export async function listAuditEntries(db: DbOrTx, params: ListAuditEntriesParams) {
  const where: SQL[] = [eq(auditLog.municipalityId, params.municipalityId)];
  if (params.staffId !== undefined) where.push(eq(auditLog.staffId, params.staffId));
  if (params.departmentId !== undefined) where.push(eq(staff.departmentId, params.departmentId));
  if (params.action !== undefined) where.push(eq(auditLog.action, params.action));
  if (params.from !== undefined) where.push(gte(auditLog.at, params.from));
  if (params.until !== undefined) where.push(lt(auditLog.at, params.until));
  if (params.beforeId !== undefined) where.push(lt(auditLog.id, params.beforeId));
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      target: auditLog.target,
      detail: auditLog.detail,
      staffId: auditLog.staffId,
      staffName: staff.name,
      staffLoginId: staff.loginId,
      departmentName: departments.name,
    })
    .from(auditLog)
    .leftJoin(staff, eq(staff.id, auditLog.staffId))
    .leftJoin(departments, eq(departments.id, staff.departmentId))
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(params.limit);
}
