import {
  createAuthSession,
  type Db,
  deleteAuthSession,
  findStaffByLoginId,
  insertAudit,
  insertLoginAttempt,
} from "@kakanai/db";
import { DomainError } from "../domain-error";
import { checkLoginRateLimit } from "./check-login-rate-limit";
import { hashPassword, verifyPassword } from "./password";
import { sessionIdleMs } from "./session-cookie";
import { newSessionToken, tokenHash } from "./token-hash";

export interface LoginStaffParams {
  loginId: string;
  password: string;
  address: string | null;
  /** The session the browser already had: rotated away so a planted token never becomes logged in. */
  previousTokenHash: string | null;
  now?: Date;
}

const wrongCredentials = "ログインIDまたはパスワードが違います。";
// Verifying against a real hash for unknown accounts keeps timing from revealing which ids exist.
const dummyHash = hashPassword("kakanai-timing-equaliser");

export async function loginStaff(
  db: Db,
  params: LoginStaffParams,
): Promise<{ token: string; staffId: string }> {
  const now = params.now ?? new Date();
  await checkLoginRateLimit(db, { loginId: params.loginId, address: params.address, now });
  const account = await findStaffByLoginId(db, { loginId: params.loginId });
  const ok = await verifyPassword(params.password, account?.passwordHash ?? (await dummyHash));
  const succeeded = ok && account !== null && !account.disabled;
  await insertLoginAttempt(db, { loginId: params.loginId, address: params.address, succeeded, at: now });
  if (!succeeded || !account) throw new DomainError("UNAUTHORIZED", wrongCredentials);

  if (params.previousTokenHash) {
    await deleteAuthSession(db, { tokenHash: params.previousTokenHash });
  }
  const token = newSessionToken();
  await createAuthSession(db, {
    tokenHash: tokenHash(token),
    staffId: account.id,
    now,
    expiresAt: new Date(now.getTime() + sessionIdleMs),
  });
  await insertAudit(db, {
    municipalityId: account.municipalityId,
    staffId: account.id,
    action: "auth.login",
    target: account.id,
  });
  return { token, staffId: account.id };
}
