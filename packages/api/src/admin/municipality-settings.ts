import { type Db, getMunicipalitySettings, insertAudit, updateRetentionDays } from "@kakanai/db";
import type { AuthUser } from "../auth-user";
import { notFound } from "../domain-error";

export async function citySettings(db: Db, params: { user: AuthUser }) {
  const row = await getMunicipalitySettings(db, { municipalityId: params.user.municipalityId });
  if (!row) throw notFound("自治体");
  return row;
}

/** The retention period (days after completion until answers are purged); audited with old and new. */
export async function setRetentionDays(db: Db, params: { user: AuthUser; retentionDays: number }) {
  return db.transaction(async (tx) => {
    const before = await getMunicipalitySettings(tx, { municipalityId: params.user.municipalityId });
    const row = await updateRetentionDays(tx, {
      municipalityId: params.user.municipalityId,
      retentionDays: params.retentionDays,
    });
    if (!before || !row) throw notFound("自治体");
    await insertAudit(tx, {
      municipalityId: params.user.municipalityId,
      staffId: params.user.id,
      action: "municipality.update",
      target: params.user.municipalityId,
      detail: { retentionDays: row.retentionDays, previousRetentionDays: before.retentionDays },
    });
    return row;
  });
}
