import {
  type Db,
  deleteOtherAuthSessions,
  findStaffCredentials,
  insertAudit,
  updateStaffPassword,
} from "@kakanai/db";
import type { AuthUser } from "../auth-user";
import { DomainError } from "../domain-error";
import { countLoginAttemptOrRefuse, settleSuccessfulLogin } from "./check-login-rate-limit";
import { hashPassword, verifyPassword } from "./password";
import { passwordProblem } from "./password-policy";

export interface ChangePasswordParams {
  user: AuthUser;
  /** The session making the change: it stays; every other session of the account ends. */
  sessionTokenHash: string;
  address: string | null;
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
  now?: Date;
}

const refuse = (path: string, message: string) =>
  new DomainError("BAD_REQUEST", message, [{ path, message }]);

/**
 * A staff member chooses their own password: the current one (counted like a login attempt, so a
 * left-open session cannot be used to guess it), the new one twice and the password policy. Every
 * other session of the account ends in the same transaction, and the change is an audit row.
 */
export async function changeOwnPassword(
  db: Db,
  params: ChangePasswordParams,
): Promise<{ endedSessions: number }> {
  const { user } = params;
  const account = await findStaffCredentials(db, { id: user.id });
  if (!account) throw new DomainError("UNAUTHORIZED", "ログインしてください。");
  if (params.newPassword !== params.confirmPassword)
    throw refuse(
      "confirmPassword",
      "新しいパスワードが確認用と一致しません。同じものを2回入力してください。",
    );
  const problem = passwordProblem(params.newPassword, account);
  if (problem) throw refuse("newPassword", problem);
  if (params.newPassword === params.currentPassword)
    throw refuse("newPassword", "現在のパスワードとは別のものにしてください。");

  const now = params.now ?? new Date();
  await countLoginAttemptOrRefuse(db, { loginId: account.loginId, address: params.address, now });
  if (!(await verifyPassword(params.currentPassword, account.passwordHash)))
    throw refuse("currentPassword", "現在のパスワードが違います。");
  await settleSuccessfulLogin(db, { loginId: account.loginId, address: params.address });

  const passwordHash = await hashPassword(params.newPassword);
  return db.transaction(async (tx) => {
    await updateStaffPassword(tx, {
      municipalityId: user.municipalityId,
      id: user.id,
      passwordHash,
      mustChange: false,
    });
    const endedSessions = await deleteOtherAuthSessions(tx, {
      staffId: user.id,
      keepTokenHash: params.sessionTokenHash,
    });
    await insertAudit(tx, {
      municipalityId: user.municipalityId,
      staffId: user.id,
      action: "auth.password_change",
      target: user.id,
      detail: { endedSessions, wasRequired: user.mustChangePassword },
    });
    return { endedSessions };
  });
}
