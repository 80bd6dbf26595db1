import type { DbOrTx } from "../client";
import { type AuditDetail, auditLog } from "../schema";

export interface InsertAuditParams {
  municipalityId: string;
  staffId: string | null;
  /** e.g. "flow.publish", "session.read", "slip.resolve". */
  action: string;
  /** An id or key, never personal data. */
  target: string;
  detail?: AuditDetail;
}

export async function insertAudit(db: DbOrTx, params: InsertAuditParams): Promise<void> {
  await db.insert(auditLog).values({ ...params, detail: params.detail ?? {} });
}
