export {
  findDepartmentById,
  listAdminDepartments,
  nextDepartmentSortOrder,
  updateDepartment,
} from "./admin-departments";
export {
  deleteOtherAuthSessions,
  deleteStaffAuthSessions,
  findStaffById,
  findStaffCredentials,
  listStaff,
  updateStaff,
  updateStaffPassword,
  updateStaffPasswordHash,
} from "./admin-staff";
export { createAuthSession } from "./create-auth-session";
export { createBundle } from "./create-bundle";
export { createCounterSession } from "./create-counter-session";
export { createDepartment } from "./create-department";
export { createFlow } from "./create-flow";
export { createMunicipality } from "./create-municipality";
export { createStaff } from "./create-staff";
export { deleteAuthSession } from "./delete-auth-session";
export { findAuthSessionUser, touchAuthSession } from "./find-auth-session-user";
export { findAuthUserAndCounterSession } from "./find-auth-user-and-counter-session";
export { findBundleId } from "./find-bundle-id";
export { findCounterSession } from "./find-counter-session";
export { findDepartmentByKey } from "./find-department-by-key";
export { findFlowMunicipalityId, findFlowRow } from "./find-flow-row";
export { findMunicipalityByName, findOnlyMunicipalityId } from "./find-municipality-by-name";
export { findQrSecret } from "./find-qr-secret";
export { findSessionLink, findSessionLinkById } from "./find-session-link";
export { findSlipOwner } from "./find-slip-owner";
export { findStaffByLoginId } from "./find-staff-by-login-id";
export { hasNoStaff, lockStaffIfEmpty } from "./first-start";
export { getBundleDocument } from "./get-bundle-document";
export { type FlowStatusRow, getFlowStatus, listDraftEditors, touchDraftPresence } from "./get-flow-status";
export { getFormAssets, listFormAssetHashes } from "./get-form-assets";
export { handOverCounterSession } from "./hand-over-counter-session";
export {
  createIntegrationToken,
  listCompletedReceptions,
  listIntegrationTokens,
  revokeIntegrationToken,
  useIntegrationToken,
} from "./handoff";
export { incrementReceptionCounter } from "./increment-reception-counter";
export { insertAudit } from "./insert-audit";
export { insertLoginAttempt } from "./insert-login-attempt";
export { insertSessionEvent } from "./insert-session-event";
export { type ListAuditEntriesParams, listAuditEntries } from "./list-audit-entries";
export { listBundleDocuments } from "./list-bundle-documents";
export { listBundleVersions } from "./list-bundle-versions";
export { listDepartments } from "./list-departments";
export { listFlowSummaries } from "./list-flow-summaries";
export { listLatestBundles } from "./list-latest-bundles";
export { listOpenCounterSessions } from "./list-open-counter-sessions";
export { countLoginAttempt, settleLoginAttempt } from "./login-throttle";
export { getMunicipalitySettings, updateRetentionDays } from "./municipality-settings";
export {
  findPreApplicationForUpdate,
  insertPreApplication,
  markPreApplicationUsed,
  purgeExpiredPreApplications,
} from "./pre-applications";
export {
  decidePublishRequest,
  findPublishRequest,
  insertPublishRequest,
  listPublishRequests,
  type PublishRequestRow,
} from "./publish-requests";
export { putFormAsset } from "./put-form-asset";
export {
  cancelCounterSession,
  completeCounterSession,
  insertReceptionStats,
  purgeExpiredSessions,
  type ReceptionStatsRow,
} from "./retention";
export { saveSessionAnswer } from "./save-session-answer";
export { saveSessionDetermination } from "./save-session-determination";
export {
  listProcedureTitles,
  type StatsBucket,
  type StatsProcedureRow,
  type StatsRange,
  type StatsSeriesRow,
  statsProcedures,
  statsSeries,
} from "./statistics";
export { updateFlowDraft } from "./update-flow-draft";
