import {
  createAuthSession,
  type Db,
  deleteAuthSession,
  findStaffByLoginId,
  insertAudit,
  insertLoginAttempt,
  updateStaffPasswordHash,
} from "@kakanai/db";
import { DomainError } from "../domain-error";
import { countLoginAttemptOrRefuse, settleSuccessfulLogin } from "./check-login-rate-limit";
import { hashPassword, needsRehash, verifyPassword } from "./password";
import { sessionIdleMs } from "./session-cookie";
import { newSessionToken, tokenHash } from "./token-hash";

export interface LoginStaffParams {
  loginId: string;
  password: string;
  address: string | null;
  /** The session the browser already had: rotated away so a planted token never becomes logged in. */
  previousTokenHash: string | null;
  /** How long the login lives without a request (the app's idle period); default sessionIdleMs. */
  idleMs?: number;
  now?: Date;
}

const wrongCredentials = "ログインIDまたはパスワードが違います。";
// Verifying against a real hash for unknown accounts keeps timing from revealing which ids exist.
let dummyHash: Promise<string> | undefined;

export async function loginStaff(
  db: Db,
  params: LoginStaffParams,
): Promise<{ token: string; staffId: string }> {
  const now = params.now ?? new Date();
  // Counted before scrypt runs: a refused attempt costs one SQL statement, never a hash.
  await countLoginAttemptOrRefuse(db, { loginId: params.loginId, address: params.address, now });
  const account = await findStaffByLoginId(db, { loginId: params.loginId });
  dummyHash ??= hashPassword("kakanai-timing-equaliser");
  const stored = account?.passwordHash ?? (await dummyHash);
  const ok = await verifyPassword(params.password, stored);
  const succeeded = ok && account !== null && !account.disabled;
  await insertLoginAttempt(db, { loginId: params.loginId, address: params.address, succeeded, at: now });
  if (!succeeded || !account) {
    // A failed login to a real account is on its city's audit trail (an unknown id has no city; its
    // attempt is in login_attempts).
    if (account)
      await insertAudit(db, {
        municipalityId: account.municipalityId,
        staffId: account.id,
        action: "auth.login_failed",
        target: account.id,
        detail: { reason: account.disabled && ok ? "disabled" : "password" },
      });
    throw new DomainError("UNAUTHORIZED", wrongCredentials);
  }
  await settleSuccessfulLogin(db, { loginId: params.loginId, address: params.address });

  // A hash made with weaker parameters is replaced now, while the password is at hand.
  if (needsRehash(account.passwordHash)) {
    await updateStaffPasswordHash(db, {
      id: account.id,
      previousHash: account.passwordHash,
      passwordHash: await hashPassword(params.password),
    });
  }
  if (params.previousTokenHash) {
    await deleteAuthSession(db, { tokenHash: params.previousTokenHash });
  }
  const token = await openStaffSession(db, { staffId: account.id, now, idleMs: params.idleMs });
  await insertAudit(db, {
    municipalityId: account.municipalityId,
    staffId: account.id,
    action: "auth.login",
    target: account.id,
  });
  return { token, staffId: account.id };
}

/** A new login session for a verified account; returns the token for the cookie (only its hash is stored). */
export async function openStaffSession(
  db: Db,
  params: { staffId: string; now: Date; idleMs?: number },
): Promise<string> {
  const token = newSessionToken();
  await createAuthSession(db, {
    tokenHash: tokenHash(token),
    staffId: params.staffId,
    now: params.now,
    expiresAt: new Date(params.now.getTime() + (params.idleMs ?? sessionIdleMs)),
  });
  return token;
}
