export { type CreateDbOptions, createDb, type Db, type DbOrTx, type Tx } from "./client";
export { isConnectionError, retryReadOnce } from "./connection-error";
export * from "./queries";
export * as schema from "./schema";
export {
  type AuditDetail,
  type FlowDraftDocument,
  type SessionEventType,
  type StaffRole,
  staffRoles,
} from "./schema";
export { uniqueViolation } from "./unique-violation";
