import type { AuthUser } from "../auth-user";
import { DomainError } from "../domain-error";
import type { Role } from "../roles";

export const passwordChangeRequired =
  "管理者が設定したパスワードのままです。パスワードを変更してから操作してください。";

/** The route handlers' equivalent of roleProcedure. */
export function requireRole(user: AuthUser | null, allowed: readonly Role[]): AuthUser {
  if (!user) throw new DomainError("UNAUTHORIZED", "ログインしてください。");
  if (user.mustChangePassword) throw new DomainError("FORBIDDEN", passwordChangeRequired);
  if (!user.roles.some((r) => allowed.includes(r))) {
    throw new DomainError("FORBIDDEN", "この操作を行う権限がありません。");
  }
  return user;
}
