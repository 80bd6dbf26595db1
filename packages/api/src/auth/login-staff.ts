import { type Db, insertAudit, schema } from "@kakanai/db";
import { eq } from "drizzle-orm";
import { DomainError } from "../domain-error";
import { checkLoginRateLimit } from "./check-login-rate-limit";
import { hashPassword, verifyPassword } from "./password";
import { sessionIdleMs } from "./session-cookie";
import { newSessionToken, tokenHash } from "./token-hash";

const { authSessions, loginAttempts, staff } = schema;

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
  const [account] = await db.select().from(staff).where(eq(staff.loginId, params.loginId)).limit(1);
  const ok = await verifyPassword(params.password, account?.passwordHash ?? (await dummyHash));
  const succeeded = ok && account !== undefined && !account.disabled;
  await db
    .insert(loginAttempts)
    .values({ loginId: params.loginId, address: params.address, succeeded, at: now });
  if (!succeeded || !account) throw new DomainError("UNAUTHORIZED", wrongCredentials);

  if (params.previousTokenHash) {
    await db.delete(authSessions).where(eq(authSessions.tokenHash, params.previousTokenHash));
  }
  const token = newSessionToken();
  await db.insert(authSessions).values({
    tokenHash: tokenHash(token),
    staffId: account.id,
    createdAt: now,
    lastSeenAt: now,
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
