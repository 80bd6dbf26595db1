import { type Db, deleteStaffAuthSessions, findStaffById, updateStaffPassword } from "@kakanai/db";
import { hashPassword } from "../auth/password";
import type { AuthUser } from "../auth-user";
import { DomainError, notFound } from "../domain-error";
import { generatePassword } from "./generate-password";
import { audit } from "./staff-accounts";

/**
 * Sets a new initial password (the admin's or generated), returned once and never logged, and ends
 * the account's sessions: whoever was logged in with the old one has to log in again, and then has to
 * choose their own password before anything else (staff.must_change_password).
 */
export async function resetStaffPassword(
  db: Db,
  params: { user: AuthUser; id: string; password?: string },
): Promise<{ id: string; newPassword: string }> {
  const { user, id } = params;
  // The admin's own session would end with it; there is no way back in if the new one is mistyped.
  if (id === user.id)
    throw new DomainError("BAD_REQUEST", "自分自身のパスワードはここでは再設定できません。");
  const newPassword = params.password ?? generatePassword();
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    const account = await findStaffById(tx, { municipalityId: user.municipalityId, id });
    if (!account) throw notFound("職員");
    await updateStaffPassword(tx, {
      municipalityId: user.municipalityId,
      id,
      passwordHash,
      mustChange: true,
    });
    const endedSessions = await deleteStaffAuthSessions(tx, { staffId: id });
    await audit(tx, user, "staff.password_reset", id, {
      generated: params.password === undefined,
      endedSessions,
    });
  });
  return { id, newPassword };
}
