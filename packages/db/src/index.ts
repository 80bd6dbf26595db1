export { type CreateDbOptions, createDb, type Db, type DbOrTx, type Tx } from "./client";
export { isConnectionError, retryReadOnce } from "./connection-error";
export * from "./queries";
export type { SessionEventType } from "./schema";
export * as schema from "./schema";
